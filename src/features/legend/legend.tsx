import { useQuery } from '@tanstack/react-query';
import { applyFilters, type FilterData } from '../../data/apply-filters';
import type { EntityType } from '../../data/schemas/entities';
import { articleQuery } from '../../data/article-query';
import { buildArticleModel } from '../../data/article-model';
import { entitiesQuery } from '../../data/entities-query';
import { indexEntities } from '../../data/entity-index';
import { oncePerFiles } from '../../data/once-per-file';
import { entityTypes } from '../../data/schemas/ids';
import { useExplorerActions, useTopicFilter } from '../../state/explorer-store';
import { entityTypeMeta } from '../../ui/entity-type-meta';
import { TypeIcon } from '../../ui/type-icon';
import './legend.css';

/** How many mentions the article holds of one entity type, as the key says and the status counts. */
function mentionsOfTopic(data: FilterData, topic: EntityType): number {
  return applyFilters(data, { crimes: [], topics: [topic] }).mentionCount;
}

/** The counts change only with the files, not with the filters: counted once per loaded pair. */
const mentionsByTopic = oncePerFiles(
  (model: FilterData['model'], entities: FilterData['entities']) =>
    Object.fromEntries(
      entityTypes.map((type) => [type, mentionsOfTopic({ model, entities }, type)]),
    ) as Record<EntityType, number>,
);

/**
 * The key to the highlights, which is also the topic filter: each type's colour, underline and
 * shape, with how much of it the article holds, and a toggle to show only that type.
 */
export function Legend() {
  const { data: entities } = useQuery({ ...entitiesQuery(), select: indexEntities });
  const { data: model } = useQuery({ ...articleQuery(), select: buildArticleModel });
  const topics = useTopicFilter();
  const { toggleTopic } = useExplorerActions();
  const counts = model && entities ? mentionsByTopic(model, entities.byId) : null;

  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="panel-heading">
        Topics
      </h2>
      <p className="panel-intro">
        The key to the highlights. Select types to show only their mentions; select again to undo.
      </p>
      {/* The group is a wrapper: a role on the <ul> itself would take away its list semantics. */}
      <div role="group" aria-labelledby="legend-heading">
        <ul className="legend-list">
          {entityTypes.map((type) => {
            const ofType = entities?.file.entities.filter((entity) => entity.type === type) ?? [];
            // Counted as the status counts: once per mention, however many entities it names.
            const mentionCount = counts?.[type] ?? 0;
            return (
              <li key={type} className="legend-item">
                <button
                  type="button"
                  className="legend-toggle"
                  aria-pressed={topics.includes(type)}
                  onClick={() => toggleTopic(type)}
                >
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
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <p className="legend-quote">
        <q className="legend-sample quote">“Quoted words”</q>{' '}
        <span className="legend-count">the Secretary-General’s message</span>
      </p>
    </section>
  );
}
