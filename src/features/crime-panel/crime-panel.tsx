import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { articleQuery } from '../../data/article-query';
import { buildArticleModel } from '../../data/article-model';
import {
  checkCrimeTerms,
  CRIME_CATEGORIES_FILE,
  crimeCategoriesQuery,
  termsQuery,
} from '../../data/reference-queries';
import { SubHeading } from '../../ui/sub-heading';
import { TypeIcon } from '../../ui/type-icon';
import { DefinitionBody } from '../../ui/definition/definition-body';
import { MentionList } from '../../ui/panel/mention-list';
import { useOpenFromPanel } from '../../ui/panel/open-from-panel';
import { PanelItem } from '../../ui/panel/panel-item';
import { MatchCount } from '../../ui/panel/match-count';
import { matchingFirst } from '../../data/matching-first';
import { useFilterResult } from '../../state/use-filter-result';
import { Panel } from '../../ui/panel/panel-state';
import { useReference } from '../../data/use-reference';

export function CrimePanel() {
  const result = useQuery(crimeCategoriesQuery());
  const terms = useQuery(termsQuery());
  // A category may name a term that terms.json lacks: said above the panel, which still shows.
  const fault = useMemo(
    () => (result.data && terms.data ? checkCrimeTerms(result.data, terms.data) : null),
    [result.data, terms.data],
  );
  const { data: model } = useQuery({ ...articleQuery(), select: buildArticleModel });
  const reference = useReference();
  const onOpen = useOpenFromPanel();
  const filter = useFilterResult();
  const matching = filter?.active ? filter.crimes : null;
  return (
    <Panel
      id="crime-panel"
      title="Crime categories"
      what="The crime categories"
      file={CRIME_CATEGORIES_FILE}
      results={[result]}
      fault={fault}
      faultResults={[result, terms]}
    >
      {() => (
        <>
          {matching && (
            <MatchCount matching={matching.length} total={result.data!.categories.length} />
          )}
          <ul className="panel-list">
            {matchingFirst(result.data!.categories, matching).map((category) => {
              const mentions = model?.mentionsOfEntity[category.id] ?? [];
              return (
                <PanelItem
                  key={category.id}
                  id={category.id}
                  dim={matching !== null && !matching.includes(category.id)}
                  title={
                    <>
                      <TypeIcon type="crime" />
                      {category.name}
                    </>
                  }
                  summary={
                    <span className="muted">
                      {mentions.length} {mentions.length === 1 ? 'mention' : 'mentions'} ·{' '}
                      {category.definition.kind === 'treaty'
                        ? 'defined by treaty'
                        : 'no treaty definition'}
                    </span>
                  }
                >
                  <DefinitionBody
                    id={category.id}
                    kind="crime"
                    reference={reference}
                    onOpen={onOpen}
                  />
                  <SubHeading>In the article</SubHeading>
                  <MentionList name={category.name} mentions={mentions} />
                </PanelItem>
              );
            })}
          </ul>
        </>
      )}
    </Panel>
  );
}
