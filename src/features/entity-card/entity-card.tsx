import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { articleQuery } from '../../data/article-query';
import { buildArticleModel, type MentionRef } from '../../data/article-model';
import { entitiesQuery } from '../../data/entities-query';
import { indexEntities } from '../../data/entity-index';
import type { Entity } from '../../data/schemas/entities';
import { describeSource } from '../../data/text-sources';
import {
  useExplorerActions,
  useOpenEntityId,
  useOriginControlId,
  useReturnFocusTo,
  useTrailLength,
} from '../../state/explorer-store';
import { entityTypeMeta } from '../../ui/entity-type-meta';
import { TypeIcon } from '../../ui/type-icon';
import { scrollToMention } from '../../ui/scroll-to-mention';
import { SourceCitation } from '../../ui/source-citation';

/**
 * The card beside the text for the entity a reader opened: what it is, where that comes from,
 * and where else the article names it. Escape closes it and puts focus back on the mention.
 */
export function EntityCard() {
  const entityId = useOpenEntityId();
  const trailLength = useTrailLength();
  const originControlId = useOriginControlId();
  const returnFocusTo = useReturnFocusTo();
  const { closeCard, back, followLink } = useExplorerActions();
  const { data: entities } = useQuery({ ...entitiesQuery(), select: indexEntities });
  const { data: model } = useQuery({ ...articleQuery(), select: buildArticleModel });
  const headingRef = useRef<HTMLHeadingElement>(null);

  const entity = entityId ? entities?.byId[entityId] : undefined;

  useEffect(() => {
    if (entity) headingRef.current?.focus();
  }, [entity]);

  useEffect(() => {
    if (!entity) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      closeCard();
      if (returnFocusTo) document.getElementById(returnFocusTo)?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [entity, closeCard, returnFocusTo]);

  if (!entity) {
    return (
      <section className="card card-empty" id="entity-card" aria-labelledby="entity-card-heading">
        <h2 id="entity-card-heading" className="card-heading">
          Details
        </h2>
        <p>
          Select a highlighted name in the article to see what it is, where that comes from, and
          where else the article mentions it.
        </p>
      </section>
    );
  }

  const mentions = model?.mentionsOfEntity[entity.id] ?? [];
  const namedTogether = (originControlId && model?.entitiesOfControl[originControlId]) || [];
  const others = trailLength === 1 ? namedTogether.filter((id) => id !== entity.id) : [];

  const close = () => {
    closeCard();
    if (returnFocusTo) document.getElementById(returnFocusTo)?.focus();
  };

  return (
    <section
      className="card"
      id="entity-card"
      aria-labelledby="entity-card-heading"
      data-type={entity.type}
    >
      <div className="card-toolbar">
        {trailLength > 1 && (
          <button type="button" className="button button-quiet" onClick={back}>
            ← Back
          </button>
        )}
        <button
          type="button"
          className="button button-quiet card-close"
          onClick={close}
          aria-label="Close details"
        >
          ✕ <span aria-hidden="true">Close</span>
        </button>
      </div>
      <p className="card-type">
        <TypeIcon type={entity.type} /> {entityTypeMeta[entity.type].label}
      </p>
      <h2 id="entity-card-heading" className="card-heading" tabIndex={-1} ref={headingRef}>
        {entity.name}
      </h2>
      <p className="card-description">{entity.description}</p>
      {entity.aliases.length > 0 && (
        <p className="card-aliases">
          <span className="label">Also called:</span> {entity.aliases.join('; ')}
        </p>
      )}

      {others.length > 0 && entities && (
        <>
          <h3 className="card-subheading" id="entity-card-others">
            Also named in this phrase
          </h3>
          <ul className="card-list" aria-labelledby="entity-card-others">
            {others.map((id) => {
              const other = entities.byId[id];
              return other ? (
                <li key={id}>
                  <button type="button" className="link-button" onClick={() => followLink(id)}>
                    <TypeIcon type={other.type} /> {other.name}
                  </button>
                </li>
              ) : null;
            })}
          </ul>
        </>
      )}

      <h3 className="card-subheading">Sources</h3>
      <ol className="card-list sources">
        {entity.sources.map((source, index) => (
          <li key={index}>
            <SourceCitation source={source} />
          </li>
        ))}
      </ol>

      <h3 className="card-subheading">In the article</h3>
      <MentionList entity={entity} mentions={mentions} />
    </section>
  );
}

function MentionList({ entity, mentions }: { entity: Entity; mentions: MentionRef[] }) {
  if (mentions.length === 0) return <p>The article does not mention {entity.name}.</p>;
  return (
    <ul className="card-list mentions">
      {mentions.map((mention) => (
        <li key={mention.annotationId}>
          <a
            href={`#mention-${mention.controlId}`}
            onClick={(event) => {
              event.preventDefault();
              scrollToMention(mention.controlId);
            }}
          >
            <span className="mention-where">{capitalise(describeSource(mention.source))}:</span> “
            {mention.exact}”
          </a>
        </li>
      ))}
    </ul>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
