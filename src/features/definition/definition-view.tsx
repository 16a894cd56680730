import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { articleQuery } from '../../data/article-query';
import { buildArticleModel } from '../../data/article-model';
import {
  useExplorerActions,
  useOpenDefinitionId,
  useOriginControlId,
  useReturnFocusTo,
  useTrailLength,
} from '../../state/explorer-store';
import { stepBackInTrail } from '../../state/view-sync';
import { DataError } from '../../ui/data-error';
import { DefinitionLink } from '../../ui/definition-link';
import { entityTypeMeta } from '../../ui/entity-type-meta';
import { SourceList } from '../../ui/source-list';
import { METHOD_PAGE } from '../../ui/method-page-link';
import { TypeIcon } from '../../ui/type-icon';
import { DefinitionBody } from '../../ui/definition/definition-body';
import { MentionList } from '../../ui/panel/mention-list';
import { resolveDefinition, useReference } from '../../data/use-reference';
import { PhraseCard } from './phrase-card';
import { LoadingNotice } from '../../ui/loading-notice';
import { returnFrom, showCard } from './sheet';
import './definition-view.css';

/**
 * The definition beside the text: what a mention or a linked term is, what the law or the goal
 * says, where that comes from, and where the article names it. Links inside it go one step
 * deeper; Back walks the trail; Escape closes it and puts focus back where the reader was. On a
 * screen too narrow for the side column it is a sheet over the foot of the screen, so the words
 * that opened it stay in view above it (see sheet.ts).
 */
export function DefinitionView() {
  const id = useOpenDefinitionId();
  const trailLength = useTrailLength();
  const originControlId = useOriginControlId();
  const returnFocusTo = useReturnFocusTo();
  const { closeDefinition, followLink } = useExplorerActions();
  const reference = useReference();
  const { data: model } = useQuery({ ...articleQuery(), select: buildArticleModel });
  const cardRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const resolved = id ? resolveDefinition(id, reference) : null;
  // A mention whose own words name several entities ("its three additional Protocols") opens a
  // card for the phrase, listing them all alike; one step deeper, each has its own card.
  const phraseIds =
    trailLength === 1 && originControlId
      ? (model?.entitiesOfAnnotation[originControlId] ?? [])
      : [];
  const phrase =
    phraseIds.length > 1 && id && phraseIds.includes(id)
      ? model?.mentionsOfEntity[id]?.find((ref) => ref.controlId === originControlId)?.exact
      : undefined;
  const phraseEntities = phrase
    ? phraseIds.flatMap((other) => {
        const entity = reference.entities?.byId[other];
        return entity ? [entity] : [];
      })
    : [];

  useEffect(() => {
    if (id) showCard(cardRef.current, headingRef.current, returnFocusTo);
  }, [id, resolved?.name, returnFocusTo, phrase]);

  useEffect(() => {
    if (!id) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      returnFrom(cardRef.current, returnFocusTo);
      closeDefinition();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [id, closeDefinition, returnFocusTo]);

  if (!id) return <Introduction />;

  // Until its files are in, the card shows its heading and a notice, nothing more: drawn part by
  // part, its lower sections (and the key below it) would be pushed down as each file arrived.
  const waiting = reference.pending;
  const entity = waiting ? undefined : reference.entities?.byId[id];
  const mentions = model?.mentionsOfEntity[id] ?? [];
  const namedTogether = (originControlId && model?.entitiesOfControl[originControlId]) || [];
  const others = trailLength === 1 ? namedTogether.filter((other) => other !== id) : [];
  const close = () => {
    returnFrom(cardRef.current, returnFocusTo);
    closeDefinition();
  };

  return (
    <>
      {/* Keeps the introduction's room in the column while the card is a sheet over the foot of
          the screen, so the key and the panels below do not move when it opens. */}
      <Introduction besideSheet />
      <section
        ref={cardRef}
        className="card card-open"
        id="definition"
        aria-labelledby="definition-heading"
        data-type={entity?.type ?? resolved?.kind}
      >
        <div className="card-toolbar">
          {trailLength > 1 && (
            <button type="button" className="button button-quiet" onClick={stepBackInTrail}>
              ← Back
            </button>
          )}
          <button type="button" className="button button-quiet close-button" onClick={close}>
            Close<span className="visually-hidden"> definition</span>
          </button>
        </div>
        {phrase && !waiting ? (
          <>
            <p className="card-type">A phrase in the article</p>
            <h2 id="definition-heading" className="card-heading" tabIndex={-1} ref={headingRef}>
              “{phrase}”
            </h2>
          </>
        ) : (
          <>
            <p className="card-type">
              {entity && <TypeIcon type={entity.type} />}{' '}
              {!waiting &&
                (resolved?.typeLabel || (entity ? entityTypeMeta[entity.type].label : ''))}
            </p>
            <h2 id="definition-heading" className="card-heading" tabIndex={-1} ref={headingRef}>
              {resolved?.name ?? (waiting ? 'Loading…' : 'Not found')}
            </h2>
          </>
        )}

        {waiting && (
          <LoadingNotice what="this definition" file={reference.waitingFor ?? 'its files'} />
        )}
        {!resolved && !reference.pending && <p>Nothing in the data is called “{id}”.</p>}
        {reference.errors.length > 0 && (
          <DataError
            what="Part of this definition"
            error={reference.errors[0]!}
            onRetry={reference.retry}
            retrying={reference.retrying}
          />
        )}

        {phrase && !waiting ? (
          <PhraseCard
            phrase={phrase}
            entities={phraseEntities}
            onOpen={(next) => followLink(next)}
          />
        ) : (
          <>
            {entity && <p className="card-description">{entity.description}</p>}
            {entity && resolved?.kind === 'entity' && entity.aliases.length > 0 && (
              <p className="card-aliases">
                <span className="label">Also called:</span> {entity.aliases.join('; ')}
              </p>
            )}

            {resolved && !waiting && (
              <DefinitionBody
                id={id}
                kind={resolved.kind}
                reference={reference}
                onOpen={(next) => followLink(next)}
              />
            )}

            {others.length > 0 && !waiting && (
              <>
                <h3 className="card-subheading" id="definition-others">
                  Also named in this phrase
                </h3>
                <ul className="card-list" aria-labelledby="definition-others">
                  {others.map((otherId) => {
                    const other = reference.entities?.byId[otherId];
                    return other ? (
                      <li key={otherId}>
                        <TypeIcon type={other.type} />{' '}
                        <DefinitionLink id={otherId} onOpen={(next) => followLink(next)}>
                          {other.name}
                        </DefinitionLink>
                      </li>
                    ) : null;
                  })}
                </ul>
              </>
            )}

            {/* Not while the card's files load: the body arrives above it, and would push it
                down under the reader's eyes (a shared ?open= address shifted the sheet). */}
            {entity && !waiting && (
              <>
                <h3 className="card-subheading">In the article</h3>
                <MentionList name={entity.name} mentions={mentions} />
                <SourceList
                  sources={entity.sources}
                  label={resolved?.kind === 'entity' ? 'Sources' : 'Sources for this summary'}
                  open={resolved?.kind === 'entity'}
                />
              </>
            )}
          </>
        )}
        {!waiting && (
          <p className="card-method">
            <a href={METHOD_PAGE}>How we check facts</a>
          </p>
        )}
      </section>
    </>
  );
}

/**
 * What the card says while nothing is open. Beside an open sheet the same words keep their place
 * (and are hidden wherever the card is not a sheet), without the card's id and landmark.
 */
function Introduction({ besideSheet = false }: { besideSheet?: boolean }) {
  const words = (
    <p>
      Select a highlighted name in the article, or an item in the panels below, to see what it is,
      what the law or the goal says, where that comes from, and where the article mentions it.
    </p>
  );
  if (besideSheet)
    return (
      <div className="card card-empty card-behind-sheet">
        <h2 className="card-heading">Definitions</h2>
        {words}
      </div>
    );
  return (
    <section className="card card-empty" id="definition" aria-labelledby="definition-heading">
      <h2 id="definition-heading" className="card-heading">
        Definitions
      </h2>
      {words}
    </section>
  );
}
