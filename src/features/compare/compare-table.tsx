import { useId } from 'react';
import type { ComparisonIndex } from '../../data/comparisons-query';
import type { Source } from '../../data/schemas/common';
import type { Comparison, ComparisonCell, Provision } from '../../data/schemas/comparisons';
import type { Instrument, Term } from '../../data/schemas/reference';
import { SourceList } from '../../ui/source-list';

type Props = {
  comparison: Comparison;
  index: ComparisonIndex;
  terms: Record<string, Term>;
  instruments: Record<string, Instrument> | undefined;
};

/**
 * A ready-made comparison as a real table: a caption, a header for each column (the crime
 * categories) and each row (the element compared), with scopes, so a screen reader announces
 * "Smuggling of migrants, The means" on entering a cell. It scrolls inside its own box on a
 * narrow screen, the row headers held at its left edge, so the page itself never scrolls sideways.
 */
export function CompareTable({ comparison, index, terms, instruments }: Props) {
  const captionId = useId();
  const provision = (id: string) => index.provisions[id];
  const nameOf = (p: Provision) => instruments?.[p.instrument]?.shortName ?? p.instrument;
  const cite = (p: Provision | undefined) => (p ? `${nameOf(p)}, ${p.pinpoint}` : '');
  // "Smuggling of Migrants Protocol, art. 3(a) and art. 5": one name per instrument.
  const citeAll = (ids: readonly string[]) => {
    const byInstrument = new Map<string, string[]>();
    for (const p of ids.map(provision)) {
      if (!p) continue;
      const pinpoints = byInstrument.get(nameOf(p)) ?? [];
      if (!pinpoints.includes(p.pinpoint)) pinpoints.push(p.pinpoint);
      byInstrument.set(nameOf(p), pinpoints);
    }
    return [...byInstrument].map(([name, pinpoints]) => `${name}, ${listOf(pinpoints)}`).join('; ');
  };
  const sources: Source[] = comparison.rows.flatMap((row) =>
    row.cells.flatMap((cell) =>
      cellProvisions(cell).flatMap((id) => {
        const p = provision(id);
        if (!p) return [];
        return p.sources ?? (p.term ? (terms[p.term]?.sources ?? []) : []);
      }),
    ),
  );
  return (
    <>
      {/* A sighted reader's cue only: the table itself tells a screen reader its columns. */}
      <p className="compare-scroll-hint" aria-hidden="true">
        The table scrolls sideways: {comparison.columns.map((c) => c.heading).join(', then ')}.
      </p>
      <div
        className="compare-table-scroll"
        role="region"
        aria-labelledby={captionId}
        // Focusable so a keyboard can scroll it when it is wider than the screen.
        tabIndex={0}
      >
        <table className="compare-table">
          <caption id={captionId}>{comparison.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Element</th>
              {comparison.columns.map((column) => (
                <th key={column.item} scope="col">
                  <a href={`./?open=${encodeURIComponent(column.item)}`}>{column.heading}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">{row.heading}</th>
                {row.cells.map((cell, k) => (
                  <td key={k}>
                    <Cell cell={cell} cite={(id) => cite(provision(id))} citeAll={citeAll} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourceList sources={sources} label="Where the articles were read" />
    </>
  );
}

function cellProvisions(cell: ComparisonCell): string[] {
  return [
    ...(cell.quotes ?? []).map((quote) => quote.provision),
    ...(cell.reading?.restsOn ?? []),
    ...(cell.definedIn ?? []),
  ];
}

/**
 * Our reading first (it frames the quotes that follow), labelled as ours; then the treaty's words,
 * each a quotation block with its article, so quotation and reading never look alike.
 */
function Cell({
  cell,
  cite,
  citeAll,
}: {
  cell: ComparisonCell;
  cite: (id: string) => string;
  citeAll: (ids: readonly string[]) => string;
}) {
  return (
    <>
      {cell.reading && (
        <p className="compare-reading">
          <span className="compare-reading-mark">Our reading</span> {cell.reading.text}{' '}
          <span className="compare-rests-on">(rests on {citeAll(cell.reading.restsOn)})</span>
        </p>
      )}
      {cell.quotes?.map((quote, index) => (
        <figure key={index} className="compare-quote">
          <blockquote>{quote.exact}</blockquote>
          <figcaption className="compare-cite">{cite(quote.provision)}</figcaption>
        </figure>
      ))}
      {cell.definedIn && (
        <ul className="compare-defined-in">
          {cell.definedIn.map((id) => (
            <li key={id}>{cite(id)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
