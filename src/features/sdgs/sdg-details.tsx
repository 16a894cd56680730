import { sdgTargetId, sdgTargetOfId } from '../../data/sdg-ids';
import type { SdgIndex } from '../../data/sdgs-query';
import { DefinitionLink, type OpenDefinition } from '../../ui/definition-link';
import { formatUnDate } from '../../ui/format-date';
import type { SdgDefinitionProps } from '../../ui/sdg-definition';
import { SourceList } from '../../ui/source-list';
import { SubHeading } from '../../ui/sub-heading';
import { MentionList } from '../../ui/panel/mention-list';
import { FIT_LABEL, useSdgData, type SdgTargetView } from './use-sdg-data';
import './sdgs.css';

/** The card for the 2030 Agenda (`sdgs`) or for one of its targets (`sdg-16-4`). */
export default function SdgDefinition({ id, onOpen }: SdgDefinitionProps) {
  const data = useSdgData();
  if (!data.sdgs) return null;
  if (id === data.sdgs.file.id)
    return <AgendaDetails sdgs={data.sdgs} targets={data.targets} onOpen={onOpen} />;
  const number = sdgTargetOfId(id);
  const view = data.targets.find((candidate) => candidate.target.target === number);
  return view ? (
    <TargetDetails view={view} sdgs={data.sdgs} mentionsOf={data.mentionsOf} onOpen={onOpen} />
  ) : null;
}

type AgendaProps = { sdgs: SdgIndex; targets: SdgTargetView[]; onOpen: OpenDefinition };

export function AgendaDetails({ sdgs, targets, onOpen }: AgendaProps) {
  const { agenda, succession, mdgContinuity } = sdgs.file;
  return (
    <>
      <p className="sdg-succession">{succession.text}</p>
      <dl className="sdg-facts">
        <dt>Resolution</dt>
        <dd>
          “{agenda.title}”{agenda.symbol ? ` (${agenda.symbol})` : ''}
        </dd>
        <dt>Adopted</dt>
        <dd>{formatUnDate(agenda.adopted)}</dd>
        <dt>Goals and targets</dt>
        <dd>
          {agenda.goals} Goals, {agenda.targets} targets, to {agenda.until}
        </dd>
      </dl>
      <SourceList sources={[...agenda.sources, ...succession.sources]} />

      <SubHeading>Which SDGs carry each MDG on</SubHeading>
      <p className="sdg-continuity">{mdgContinuity.note}</p>

      <SubHeading>Targets that concern the article’s crimes</SubHeading>
      <ul className="card-list sdg-target-links">
        {targets.map(({ target }) => (
          <li key={target.target}>
            <DefinitionLink id={sdgTargetId(target.target)} onOpen={onOpen}>
              Target {target.target}
            </DefinitionLink>
            : {target.wording}
          </li>
        ))}
      </ul>
    </>
  );
}

type TargetProps = {
  view: SdgTargetView;
  sdgs: SdgIndex;
  mentionsOf: ReturnType<typeof useSdgData>['mentionsOf'];
  onOpen: OpenDefinition;
};

function TargetDetails({ view, sdgs, mentionsOf, onOpen }: TargetProps) {
  const { target, categories } = view;
  const goalNumber = Number(target.target.split('.')[0]);
  const goal = sdgs.goals[goalNumber];
  return (
    <>
      <p className="sdg-goal-line">
        Under Goal {goalNumber}
        {goal?.title ? `: ${goal.title.text}` : ''}, of the{' '}
        <DefinitionLink id={sdgs.file.id} onOpen={onOpen}>
          2030 Agenda for Sustainable Development
        </DefinitionLink>
        .
      </p>
      <SubHeading>Official wording</SubHeading>
      <blockquote className="definition-text sdg-wording">{target.wording}</blockquote>
      <SourceList sources={[...target.sources, ...(goal?.title?.sources ?? [])]} />

      <SubHeading>The crimes it concerns, and where the article names them</SubHeading>
      {categories.length === 0 ? (
        <p className="muted">No crime category of the article lists this target.</p>
      ) : (
        <ul className="sdg-categories">
          {categories.map(({ category, fit, note }) => (
            <li key={category.id}>
              <p>
                <DefinitionLink id={category.id} onOpen={onOpen}>
                  {category.name}
                </DefinitionLink>{' '}
                <span className="muted">
                  ({FIT_LABEL[fit]}){note ? `: ${note}` : ''}
                </span>
              </p>
              <MentionList
                name={category.name.toLowerCase()}
                mentions={mentionsOf(category.id)}
                label={`Where the article names ${category.name.toLowerCase()}`}
                className="sdg-mentions"
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
