import { definitionStatus } from '../../data/definition-status';
import { CRIME_CATEGORIES_FILE, TERMS_FILE } from '../../data/reference-queries';
import type { CrimeCategory } from '../../data/schemas/reference';
import { LoadingNotice } from '../../ui/loading-notice';
import { DefinitionLink, type OpenDefinition } from '../../ui/definition-link';
import { SourceList } from '../../ui/source-list';
import { InstitutionalDescriptions } from './institutional-descriptions';
import { noTreatySources } from './no-treaty-sources';
import { TermQuote } from './term-quote';
import type { Reference } from '../../data/use-reference';
import { SubHeading } from '../../ui/sub-heading';
import { CompareLinks } from '../../ui/compare/compare-links';
import { sdgTargetId } from '../../data/sdg-ids';

const SDG_FIT = { names: 'names it', covers: 'covers it', linked: 'linked to it by its source' };

type Props = { category: CrimeCategory; reference: Reference; onOpen: OpenDefinition };

export function CrimeDetails({ category, reference, onOpen }: Props) {
  const { definition } = category;
  const term = definition.kind === 'treaty' ? reference.terms?.[definition.term] : undefined;
  const instrumentName = (id: string) =>
    reference.entities?.byId[id]?.name ?? reference.instruments?.[id]?.shortName ?? id;
  const sdgTargets = reference.crimes?.sdgTargets ?? {};

  return (
    <>
      <SubHeading>Definition</SubHeading>
      {definition.kind === 'treaty' ? (
        term ? (
          <>
            <TermQuote term={term} reference={reference} onOpen={onOpen} />
            <SourceList sources={term.sources} />
          </>
        ) : reference.loading.terms ? (
          <LoadingNotice what="the definition" file={TERMS_FILE} />
        ) : reference.terms ? (
          <p className="data-error-detail">
            {`${CRIME_CATEGORIES_FILE} gives the term “${definition.term}” as this definition, which ${TERMS_FILE} does not define.`}
          </p>
        ) : (
          <p>{`The definition is in ${TERMS_FILE}, which could not be loaded.`}</p>
        )
      ) : (
        <div className="definition">
          <p className="no-treaty">
            <strong>
              {definitionStatus(category, (doc) => reference.instruments?.[doc]?.shortName).lead}
            </strong>{' '}
            {definition.explanation}
          </p>
          <InstitutionalDescriptions
            definition={definition}
            figureClass="description"
            quoteClass="definition-text"
          />
          <SourceList sources={noTreatySources(definition)} />
        </div>
      )}

      <CompareLinks self={[category.id]} crimes={[category.id]} name={category.name} />

      {category.relatedTerms.length > 0 && (
        <>
          <SubHeading>Related defined terms</SubHeading>
          <ul className="card-list">
            {category.relatedTerms.map((id) => (
              <li key={id}>
                <DefinitionLink id={id} onOpen={onOpen}>
                  {reference.terms?.[id]?.term ?? id}
                </DefinitionLink>
              </li>
            ))}
          </ul>
        </>
      )}

      {category.instruments.length > 0 && (
        <>
          <SubHeading>Instruments that address it</SubHeading>
          <ul className="card-list">
            {category.instruments.map((ref) => (
              <li key={`${ref.instrument}-${ref.pinpoint}`}>
                <DefinitionLink id={ref.instrument} onOpen={onOpen}>
                  {instrumentName(ref.instrument)}
                </DefinitionLink>
                , {ref.pinpoint}
                {ref.note && <span className="muted">. {ref.note}</span>}
              </li>
            ))}
          </ul>
          <SourceList sources={category.instruments.flatMap((ref) => ref.sources)} />
        </>
      )}

      {category.sdgTargets.length > 0 && (
        <>
          <SubHeading>Successor SDG targets (2030 Agenda)</SubHeading>
          <ul className="card-list sdg-targets">
            {category.sdgTargets.map((ref) => (
              <li key={ref.target}>
                <strong>
                  <DefinitionLink id={sdgTargetId(ref.target)} onOpen={onOpen}>
                    Target {ref.target}
                  </DefinitionLink>
                </strong>{' '}
                <span className="muted">({SDG_FIT[ref.fit]})</span>:{' '}
                {sdgTargets[ref.target]?.wording}
              </li>
            ))}
          </ul>
          <SourceList
            sources={[
              ...(reference.crimes?.file.sdgAgenda.sources ?? []),
              ...category.sdgTargets.flatMap((ref) => sdgTargets[ref.target]?.sources ?? []),
            ]}
          />
        </>
      )}

      {category.notes.map((note, index) => (
        <div key={index} className="context-note">
          <p>{note.text}</p>
          <SourceList sources={note.sources} />
        </div>
      ))}
    </>
  );
}
