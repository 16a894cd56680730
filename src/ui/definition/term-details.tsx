import { useQuery } from '@tanstack/react-query';
import { articleQuery } from '../../data/article-query';
import { buildArticleModel } from '../../data/article-model';
import { definitionCitationId } from '../../data/citation-ids';
import type { Term } from '../../data/schemas/reference';
import { CiteButton } from '../../ui/cite/cite-button';
import { DefinitionLink, type OpenDefinition } from '../../ui/definition-link';
import { SourceList } from '../../ui/source-list';
import { MentionList } from '../panel/mention-list';
import { TermQuote } from './term-quote';
import type { Reference } from '../../data/use-reference';
import { SubHeading } from '../../ui/sub-heading';
import { CompareLinks } from '../../ui/compare/compare-links';

type Props = { term: Term; reference: Reference; onOpen: OpenDefinition };

export function TermDetails({ term, reference, onOpen }: Props) {
  const { data: model } = useQuery({ ...articleQuery(), select: buildArticleModel });
  const categories = Object.values(reference.crimes?.categories ?? {}).filter(
    (category) =>
      (category.definition.kind === 'treaty' && category.definition.term === term.id) ||
      category.relatedTerms.includes(term.id),
  );
  // The article names the crime, not the legal term: its mentions are the term's way into the text.
  const defined = categories.filter(
    (category) => category.definition.kind === 'treaty' && category.definition.term === term.id,
  );
  return (
    <>
      <TermQuote term={term} reference={reference} onOpen={onOpen} />
      {term.note && <p className="muted">{term.note}</p>}
      <p className="card-cite">
        <CiteButton
          id={definitionCitationId(term.id)}
          what={`the definition of “${term.term}”, ${term.pinpoint}`}
        />
      </p>
      <SourceList sources={term.sources} />
      <CompareLinks self={[term.id]} crimes={defined.map((c) => c.id)} name={term.term} />
      {categories.length > 0 && (
        <>
          <SubHeading>Crime categories it helps define</SubHeading>
          <ul className="card-list">
            {categories.map((category) => (
              <li key={category.id}>
                <DefinitionLink id={category.id} onOpen={onOpen}>
                  {category.name}
                </DefinitionLink>
              </li>
            ))}
          </ul>
          {defined.map((category) => (
            <div key={category.id}>
              <SubHeading>“{category.name}” in the article</SubHeading>
              <MentionList
                name={category.name}
                mentions={model?.mentionsOfEntity[category.id] ?? []}
              />
            </div>
          ))}
        </>
      )}
    </>
  );
}
