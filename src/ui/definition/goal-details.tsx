import type { MdgGoal } from '../../data/schemas/reference';
import { SourceList } from '../../ui/source-list';
import { PassageLink } from './passage-link';
import { SubHeading } from '../../ui/sub-heading';
import { TargetResult } from '../../ui/target-result';

export function GoalDetails({ goal }: { goal: MdgGoal }) {
  return (
    <>
      <SubHeading>Targets</SubHeading>
      <ol className="targets">
        {goal.targets.map((target) => {
          const offSchedule = target.deadlines.filter((deadline) => deadline.year !== 2015);
          return (
            <li key={target.number}>
              <span className="target-number">{target.number}</span> {target.wording}
              {target.parenthetical && (
                <span className="muted"> ({target.parenthetical.text}; secondary source)</span>
              )}
              {offSchedule.map((deadline) => (
                <span key={deadline.exact} className="chip">
                  due {deadline.year}, not 2015
                </span>
              ))}
              {target.deadlines.length === 0 && (
                <span className="chip chip-quiet">no date set</span>
              )}
              {target.addedInRevision && (
                <span className="chip chip-quiet">added after the 2005 World Summit</span>
              )}
              {target.note && <span className="muted"> {target.note}</span>}
              <TargetResult result={target.result2015} />
            </li>
          );
        })}
      </ol>

      {goal.outcomes2015.length > 0 && (
        <>
          <SubHeading>
            The goal as a whole, by 2015 (The Millennium Development Goals Report 2015)
          </SubHeading>
          <ul className="card-list">
            {goal.outcomes2015.map((outcome) => (
              <li key={outcome.text}>{outcome.text}</li>
            ))}
          </ul>
        </>
      )}

      <SubHeading>In the article</SubHeading>
      {goal.articleLinks.length === 0 ? (
        <p className="muted">The article names no part of this goal.</p>
      ) : (
        <ul className="card-list mentions">
          {goal.articleLinks.map((link) => (
            <li key={link.exact}>
              <PassageLink source={link.paragraph} exact={link.exact} />
              {link.fit === 'loose' && (
                <span className="muted"> (a loose fit{link.note ? `: ${link.note}` : ''})</span>
              )}
            </li>
          ))}
        </ul>
      )}

      <SourceList
        sources={[
          ...goal.titleSources,
          ...goal.targets.flatMap((target) => [
            ...target.sources,
            ...(target.parenthetical?.sources ?? []),
            ...(target.result2015?.outcomes.map((outcome) => outcome.source) ?? []),
            ...(target.result2015?.measureNote?.sources ?? []),
            ...(target.result2015?.verdict ? [target.result2015.verdict.source] : []),
          ]),
          ...goal.outcomes2015.map((outcome) => outcome.source),
        ]}
      />
    </>
  );
}
