import { useQuery } from '@tanstack/react-query';
import { articleQuery } from '../../data/article-query';
import { buildArticleModel } from '../../data/article-model';
import { entitiesQuery } from '../../data/entities-query';
import { indexEntities } from '../../data/entity-index';
import { entityTypes } from '../../data/schemas/entities';
import { entityTypeMeta } from '../../ui/entity-type-meta';
import { TypeIcon } from '../../ui/type-icon';

/** The key to the highlights: each type's colour, shape and underline, with how many it covers. */
export function Legend() {
  const { data: entities } = useQuery({ ...entitiesQuery(), select: indexEntities });
  const { data: model } = useQuery({ ...articleQuery(), select: buildArticleModel });

  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="panel-heading">
        Key to the highlights
      </h2>
      <ul className="legend-list">
        {entityTypes.map((type) => {
          const ofType = entities?.file.entities.filter((entity) => entity.type === type) ?? [];
          const mentionCount = ofType.reduce(
            (sum, entity) => sum + (model?.mentionsOfEntity[entity.id]?.length ?? 0),
            0,
          );
          return (
            <li key={type} className="legend-item">
              <span className="legend-sample mention" data-type={type}>
                <TypeIcon type={type} />
                {entityTypeMeta[type].label}
              </span>
              {entities && (
                <span className="legend-count">
                  {ofType.length} {ofType.length === 1 ? 'entry' : 'entries'}, {mentionCount}{' '}
                  {mentionCount === 1 ? 'mention' : 'mentions'}
                </span>
              )}
            </li>
          );
        })}
        <li className="legend-item">
          <q className="legend-sample quote">“Quoted words”</q>
          <span className="legend-count">the Secretary-General’s message</span>
        </li>
      </ul>
    </section>
  );
}
