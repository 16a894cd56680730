import { resolutionCitationId } from '../../data/citation-ids';
import type { MdgsFile } from '../../data/schemas/reference';
import { CiteButton } from '../../ui/cite/cite-button';
import { useDocuments } from '../../ui/use-documents';
import { DefinitionLink, type OpenDefinition } from '../../ui/definition-link';
import { formatUnDate } from '../../ui/format-date';
import { SourceList } from '../../ui/source-list';
import { SubHeading } from '../../ui/sub-heading';

export function MdgsDetails({ mdgs, onOpen }: { mdgs: MdgsFile; onOpen: OpenDefinition }) {
  const { declaration, framework } = mdgs;
  // Citable where the bibliography has the resolution's record (the build applies the same rule).
  const documents = useDocuments();
  const citable = documents.data?.file.documents.some(
    (doc) => doc.kind === 'resolution' && doc.symbol === declaration.symbol,
  );
  return (
    <>
      <dl className="facts">
        <dt>Source</dt>
        <dd>
          {declaration.title} ({declaration.symbol}), adopted {formatUnDate(declaration.adopted)} at
          the{' '}
          <DefinitionLink id={declaration.summit.eventId} onOpen={onOpen}>
            {declaration.summit.name}
          </DefinitionLink>
          , {declaration.summit.place}, {formatUnDate(declaration.summit.from)} to{' '}
          {formatUnDate(declaration.summit.to)}
          {citable && (
            <CiteButton
              id={resolutionCitationId(declaration.symbol)}
              what={`the ${declaration.title}, General Assembly resolution ${declaration.symbol}`}
            />
          )}
        </dd>
        <dt>Framework</dt>
        <dd>
          {framework.goals} goals, {framework.revised.targets} targets and{' '}
          {framework.revised.indicators} indicators (first {framework.original.targets} targets and{' '}
          {framework.original.indicators} indicators). {framework.revisionNote}
        </dd>
      </dl>
      <SubHeading>The eight goals</SubHeading>
      <ol className="card-list">
        {mdgs.goals.map((goal) => (
          <li key={goal.id}>
            <DefinitionLink id={goal.id} onOpen={onOpen}>
              {goal.title}
            </DefinitionLink>
          </li>
        ))}
      </ol>
      <SubHeading>{mdgs.report2015.title}</SubHeading>
      <ul className="card-list">
        {mdgs.report2015.headlines.map((headline) => (
          <li key={headline.text}>{headline.text}</li>
        ))}
      </ul>
      <SourceList
        sources={[
          ...declaration.sources,
          ...framework.sources,
          ...mdgs.report2015.headlines.map((headline) => headline.source),
        ]}
      />
    </>
  );
}
