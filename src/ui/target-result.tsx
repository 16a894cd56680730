import type { MdgResult, MdgVerdictStatus } from '../data/schemas/reference';
import { InlineSource } from './source-list';
import './target-result.css';

const VERDICT_LABEL: Record<MdgVerdictStatus, string> = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
  'no-2015-figure': 'No 2015 figure',
};

/* A shape as well as a word, so the verdict never rests on colour. */
const VERDICT_MARK: Record<MdgVerdictStatus, string> = {
  met: '✓',
  'partly-met': '◐',
  'not-met': '✗',
  'no-2015-figure': '–',
};

/**
 * What 2015 showed for one MDG target, under its wording: the figures, a note where they are
 * measured differently from the target, and the verdict only where a UN summary of the MDG Report
 * 2015 states one, in its words and with its source. Otherwise it says there is none.
 */
export function TargetResult({ result }: { result: MdgResult | undefined }) {
  const outcomes = result?.outcomes ?? [];
  const verdict = result?.verdict;
  return (
    <div className="target-result">
      {outcomes.length > 0 ? (
        <ul className="target-result-figures" aria-label="By 2015">
          {outcomes.map((outcome) => (
            <li key={outcome.text}>
              <span className="target-result-label">By 2015:</span> {outcome.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="target-result-none">No 2015 figure for this target in the sources we read.</p>
      )}
      {result?.measureNote && (
        <p className="target-result-measure">
          <span aria-hidden="true">⚠ </span>
          {result.measureNote.text}
        </p>
      )}
      {verdict ? (
        <div className="target-result-verdict" data-verdict={verdict.status}>
          <p>
            <span className="verdict-chip">
              <span aria-hidden="true">{VERDICT_MARK[verdict.status]} </span>
              {VERDICT_LABEL[verdict.status]}
            </span>{' '}
            <q>{verdict.statement}</q>
          </p>
          <InlineSource source={verdict.source} />
        </div>
      ) : (
        <p className="target-result-none">No verdict in the sources we read.</p>
      )}
    </div>
  );
}
