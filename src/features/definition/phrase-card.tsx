import type { Entity } from '../../data/schemas/entities';
import { DefinitionLink } from '../../ui/definition-link';
import { entityTypeMeta } from '../../ui/entity-type-meta';
import { SourceList } from '../../ui/source-list';
import { TypeIcon } from '../../ui/type-icon';

type PhraseCardProps = {
  /** The phrase as the article has it: "its three additional Protocols". */
  phrase: string;
  entities: Entity[];
  onOpen: (id: string) => void;
};

/**
 * The body of a card for a phrase that names several entities at once: each is listed with the
 * same things said of it (type, name, what it is, its sources), and each opens its own card. No
 * one of them stands for the phrase, so none is the card's subject.
 */
export function PhraseCard({ phrase, entities, onOpen }: PhraseCardProps) {
  return (
    <>
      <p className="card-description">
        This phrase names {entities.length} entries. Each has its own card.
      </p>
      <h3 className="visually-hidden" id="phrase-entities">
        Named in this phrase
      </h3>
      <ul className="card-list phrase-entities" aria-labelledby="phrase-entities">
        {entities.map((entity) => (
          <li key={entity.id} className="phrase-entity">
            <p className="phrase-entity-type">
              <TypeIcon type={entity.type} /> {entityTypeMeta[entity.type].label}
            </p>
            <p className="phrase-entity-name">
              <DefinitionLink id={entity.id} onOpen={(id) => onOpen(id)}>
                {entity.name}
              </DefinitionLink>
            </p>
            <p className="phrase-entity-description">{entity.description}</p>
            <SourceList sources={entity.sources} />
          </li>
        ))}
      </ul>
      <p className="visually-hidden">End of the entries named in “{phrase}”.</p>
    </>
  );
}
