import { resolutionCitationId, treatyArticleCitationId } from '../../data/citation-ids';
import type { Instrument } from '../../data/schemas/reference';
import { CiteButton } from '../../ui/cite/cite-button';
import { useDocuments } from '../../ui/use-documents';
import { DefinitionLink, type OpenDefinition } from '../../ui/definition-link';
import { formatUnDate } from '../../ui/format-date';
import { SourceList } from '../../ui/source-list';
import { PartyCount } from './party-count';
import type { Reference } from '../../data/use-reference';
import { SubHeading } from '../../ui/sub-heading';
import { TimelineDateLink } from '../../ui/timeline-link';
import { ThenAndNow } from '../../ui/then-and-now';
import { CompareLinks } from '../../ui/compare/compare-links';

type Props = { instrument: Instrument; reference: Reference; onOpen: OpenDefinition };

export function InstrumentDetails({ instrument, reference, onOpen }: Props) {
  const { adoption, openingForSignature, entryIntoForce } = instrument;
  const protocols = Object.values(reference.instruments ?? {}).filter(
    (other) => other.supplements === instrument.id,
  );
  // A resolution is citable where the bibliography has its record (the build applies the same
  // rule): its title and date come from there.
  const documents = useDocuments();
  const resolution = adoption?.resolution;
  const resolutionCitable =
    resolution &&
    documents.data?.file.documents.some(
      (doc) => doc.kind === 'resolution' && doc.symbol === resolution.symbol,
    );
  const nameOf = (id: string) =>
    reference.entities?.byId[id]?.name ?? reference.instruments?.[id]?.shortName ?? id;

  return (
    <>
      <p className="official-title">
        <span className="label">Official title: </span>
        {instrument.officialTitle}
      </p>
      {instrument.otherNames.length > 0 && (
        <p className="card-aliases">
          <span className="label">Also called:</span>{' '}
          {[instrument.shortName, ...instrument.otherNames].join('; ')}
        </p>
      )}
      <dl className="facts">
        {instrument.supplements && (
          <>
            <dt>Supplements</dt>
            <dd>
              <DefinitionLink id={instrument.supplements} onOpen={onOpen}>
                {nameOf(instrument.supplements)}
              </DefinitionLink>
            </dd>
          </>
        )}
        {adoption && (
          <>
            <dt>Adopted</dt>
            <dd>
              <TimelineDateLink instrument={instrument.id} field="adoption">
                {formatUnDate(adoption.date)}
              </TimelineDateLink>
              {adoption.place && `, ${adoption.place}`}
              {adoption.resolution &&
                `, General Assembly resolution ${adoption.resolution.symbol.replace('A/RES/', '')} (${adoption.resolution.symbol}${adoption.resolution.annex ? `, ${adoption.resolution.annex}` : ''})`}
              {adoption.note && <span className="muted">. {adoption.note}</span>}
              {resolution && resolutionCitable && (
                <CiteButton
                  id={resolutionCitationId(resolution.symbol)}
                  what={`General Assembly resolution ${resolution.symbol}`}
                />
              )}
            </dd>
          </>
        )}
        {openingForSignature && (
          <>
            <dt>Opened for signature</dt>
            <dd>
              {openingForSignature.periods.map((period, index) => (
                <span key={index}>
                  {index > 0 && '; '}
                  {period.from ? (
                    // The first period with dates is the opening the timeline marks.
                    <>
                      <TimelineDateLink instrument={instrument.id} field="openingForSignature">
                        {formatUnDate(period.from)} to {formatUnDate(period.to)}
                      </TimelineDateLink>
                      , {period.place}
                    </>
                  ) : (
                    `${sentenceCase(period.fromDescription ?? '')} until ${formatUnDate(period.to)}, ${period.place}`
                  )}
                </span>
              ))}
              {openingForSignature.article && ` (${openingForSignature.article})`}
            </dd>
          </>
        )}
        {entryIntoForce && (
          <>
            <dt>Entered into force</dt>
            <dd>
              <TimelineDateLink instrument={instrument.id} field="entryIntoForce">
                {formatUnDate(entryIntoForce.date)}
              </TimelineDateLink>{' '}
              ({entryIntoForce.article})
            </dd>
          </>
        )}
        <ThenAndNow
          counts={instrument.parties}
          adopted={adoption?.date}
          renderCount={(count) => <PartyCount count={count} treaty={instrument.id} />}
        />
      </dl>
      <CompareLinks
        self={instrument.addresses.map((ref) => ref.crime)}
        crimes={instrument.addresses.map((ref) => ref.crime)}
        name={instrument.shortName}
      />

      {protocols.length > 0 && (
        <>
          <SubHeading>Protocols that supplement it</SubHeading>
          <ul className="card-list">
            {protocols.map((protocol) => (
              <li key={protocol.id}>
                <DefinitionLink id={protocol.id} onOpen={onOpen}>
                  {nameOf(protocol.id)}
                </DefinitionLink>
              </li>
            ))}
          </ul>
        </>
      )}

      {instrument.definesTerms.length > 0 && (
        <>
          <SubHeading>Definitions in it</SubHeading>
          <ul className="card-list">
            {instrument.definesTerms.map((id) => {
              const term = reference.terms?.[id];
              return (
                <li key={id}>
                  <DefinitionLink id={id} onOpen={onOpen}>
                    “{term?.term ?? id}”{term && `, ${term.pinpoint}`}
                  </DefinitionLink>
                </li>
              );
            })}
          </ul>
        </>
      )}

      {instrument.addresses.length > 0 && (
        <>
          <SubHeading>Crime categories it addresses</SubHeading>
          <ul className="card-list">
            {instrument.addresses.map((ref) => (
              <li key={`${ref.crime}-${ref.pinpoint}`}>
                <DefinitionLink id={ref.crime} onOpen={onOpen}>
                  {reference.crimes?.categories[ref.crime]?.name ?? ref.crime}
                </DefinitionLink>
                , {ref.pinpoint}
              </li>
            ))}
          </ul>
        </>
      )}

      {instrument.keyArticles.length > 0 && (
        <details className="key-articles">
          <summary>Key articles ({instrument.keyArticles.length})</summary>
          <ul className="card-list">
            {instrument.keyArticles.map((article) => (
              <li key={article.article}>
                <span className="label">Art. {article.article}</span> {article.title}
                <CiteButton
                  id={treatyArticleCitationId(instrument.id, article.article)}
                  what={`${instrument.shortName}, article ${article.article}`}
                />
              </li>
            ))}
          </ul>
        </details>
      )}

      {instrument.notes.map((note, index) => (
        <p key={index} className="muted">
          {note.text}
        </p>
      ))}

      <SourceList
        sources={[
          ...instrument.titleSources,
          ...(adoption?.sources ?? []),
          ...(openingForSignature?.sources ?? []),
          ...(entryIntoForce?.sources ?? []),
          ...instrument.parties.map((count) => count.source),
          ...instrument.keyArticles.flatMap((article) => article.sources),
          ...instrument.addresses.flatMap((ref) => ref.sources),
          ...instrument.notes.flatMap((note) => note.sources),
        ]}
      />
    </>
  );
}

/** "the thirtieth day after…" → "From the thirtieth day after…"; "thereafter" → "Thereafter". */
function sentenceCase(text: string): string {
  const phrase = text.startsWith('the ') ? `from ${text}` : text;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
