import { useQuery } from '@tanstack/react-query';
import { MDGS_FILE, mdgsQuery } from '../../data/reference-queries';
import { formatUnDate } from '../../ui/format-date';
import { DefinitionBody } from '../../ui/definition/definition-body';
import { useOpenFromPanel } from '../../ui/panel/open-from-panel';
import { PanelItem } from '../../ui/panel/panel-item';
import { MatchCount } from '../../ui/panel/match-count';
import { matchingFirst } from '../../data/matching-first';
import { useFilterResult } from '../../state/use-filter-result';
import { Panel } from '../../ui/panel/panel-state';
import { useReference } from '../../data/use-reference';

export function MdgPanel() {
  const result = useQuery(mdgsQuery());
  const reference = useReference();
  const onOpen = useOpenFromPanel();
  const filter = useFilterResult();
  const matching = filter?.active ? filter.goals : null;
  return (
    <Panel
      id="mdg-panel"
      title="Millennium Development Goals"
      what="The Millennium Development Goals"
      file={MDGS_FILE}
      results={[result]}
    >
      {() => {
        const mdgs = result.data!;
        return (
          <>
            <p className="panel-intro">
              {mdgs.framework.goals} goals with {mdgs.framework.revised.targets} targets and{' '}
              {mdgs.framework.revised.indicators} indicators, drawn from the{' '}
              {mdgs.declaration.title} ({mdgs.declaration.symbol},{' '}
              {formatUnDate(mdgs.declaration.adopted)}).
            </p>
            {matching && <MatchCount matching={matching.length} total={mdgs.goals.length} />}
            <ul className="panel-list">
              <PanelItem
                id="mdgs"
                title="The goals as a whole"
                summary={
                  <span className="muted">the declaration, the framework, the 2015 results</span>
                }
              >
                <DefinitionBody id="mdgs" kind="mdgs" reference={reference} onOpen={onOpen} />
              </PanelItem>
              {matchingFirst(mdgs.goals, matching).map((goal) => (
                <PanelItem
                  key={goal.id}
                  id={goal.id}
                  dim={matching !== null && !matching.includes(goal.id)}
                  title={`Goal ${goal.number}: ${goal.title}`}
                  summary={
                    <span className="muted">
                      {goal.targets.length} {goal.targets.length === 1 ? 'target' : 'targets'}
                      {goal.articleLinks.length > 0
                        ? ` · the article: ${goal.articleLinks.map((link) => `“${link.exact}”`).join(', ')}`
                        : ' · not named in the article'}
                    </span>
                  }
                >
                  <DefinitionBody id={goal.id} kind="goal" reference={reference} onOpen={onOpen} />
                </PanelItem>
              ))}
            </ul>
          </>
        );
      }}
    </Panel>
  );
}
