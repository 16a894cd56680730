import type { ReactNode } from 'react';
import type { PartyCount } from '../data/schemas/reference';
import { ARTICLE_MONTH, NO_APRIL_2010_COUNT, splitPartyCounts } from './party-counts';

type Props = {
  counts: readonly PartyCount[];
  /** Adopted before the article? A treaty made later has no "then". */
  adopted: string | undefined;
  renderCount: (count: PartyCount) => ReactNode;
};

/** Rows for a card's facts list (`<dl>`): "Parties in April 2010" and "Parties, latest count". */
export function ThenAndNow({ counts, adopted, renderCount }: Props) {
  if (counts.length === 0) return null;
  const existedThen = adopted !== undefined && adopted < `${ARTICLE_MONTH}-12`;
  if (!existedThen)
    return counts.map((count) => (
      <div key={count.asOf} className="facts-row">
        <dt>Parties</dt>
        <dd>{renderCount(count)}</dd>
      </div>
    ));
  const { then, latest, others } = splitPartyCounts(counts);
  return (
    <>
      <div className="facts-row">
        <dt>Parties in April 2010</dt>
        <dd>{then ? renderCount(then) : <span className="muted">{NO_APRIL_2010_COUNT}</span>}</dd>
      </div>
      {latest && (
        <div className="facts-row">
          <dt>Parties, latest count</dt>
          <dd>{renderCount(latest)}</dd>
        </div>
      )}
      {others.map((count) => (
        <div key={count.asOf} className="facts-row">
          <dt>Parties</dt>
          <dd>{renderCount(count)}</dd>
        </div>
      ))}
    </>
  );
}
