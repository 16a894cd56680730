import type { Instrument } from '../../data/schemas/reference';
import { definitionStatus } from '../../data/definition-status';
import { SourceList } from '../../ui/source-list';
import { InstitutionalDescriptions } from '../../ui/definition/institutional-descriptions';
import { noTreatySources } from '../../ui/definition/no-treaty-sources';
import type { CompareItem } from './compare-items';

/**
 * One item, word for word: the treaty definition with its instrument, article and sources; or,
 * for a category no treaty defines, that plain fact and the institutional description, marked as
 * quoted or summarised, as its card in the explorer has it.
 */
export function DefinitionColumn({
  item,
  instruments,
}: {
  item: CompareItem;
  instruments: Record<string, Instrument> | undefined;
}) {
  const headingId = `compare-item-${item.id}`;
  const term = item.term;
  const definition = item.kind === 'crime' ? item.category.definition : undefined;
  return (
    <article className="compare-column" aria-labelledby={headingId}>
      <h3 id={headingId}>{item.name}</h3>
      <p className="compare-kind muted">
        {item.kind === 'crime' ? 'Crime category' : 'Legal definition'}
      </p>
      {term ? (
        <figure className="compare-definition">
          <blockquote className="compare-definition-text">{term.text}</blockquote>
          <figcaption>
            {instruments?.[term.instrument]?.officialTitle ?? term.instrument}, {term.pinpoint}
          </figcaption>
        </figure>
      ) : definition?.kind === 'none' ? (
        <>
          <p className="compare-no-treaty">
            <strong>
              {item.kind === 'crime' &&
                definitionStatus(item.category, (doc) => instruments?.[doc]?.shortName).lead}
            </strong>{' '}
            {definition.explanation}
          </p>
          <InstitutionalDescriptions
            definition={definition}
            figureClass="compare-description"
            quoteClass="compare-definition-text"
          />
        </>
      ) : (
        <p className="data-error-detail">The definition of {item.name} could not be loaded.</p>
      )}
      <SourceList
        open
        sources={
          term ? term.sources : definition?.kind === 'none' ? noTreatySources(definition) : []
        }
      />
      <p className="compare-open">
        <a href={`./?open=${encodeURIComponent(item.id)}`}>Open {item.name} in the explorer</a>
      </p>
    </article>
  );
}
