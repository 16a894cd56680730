import { SourceTitle } from '../source-citation';
import { descriptionsOf, type NoTreatyDefinition } from './no-treaty-sources';

/**
 * The institutional descriptions of a category no treaty defines, each marked as quoted or
 * summarised, so a reader never takes a summary for the source's words. The card and the compare
 * page style them apart, hence the class names.
 */
export function InstitutionalDescriptions({
  definition,
  figureClass,
  quoteClass,
}: {
  definition: NoTreatyDefinition;
  figureClass: string;
  quoteClass: string;
}) {
  return descriptionsOf(definition).map((description, index) => (
    <figure key={index} className={figureClass}>
      {description.quoted ? (
        <blockquote className={quoteClass}>{description.text}</blockquote>
      ) : (
        <p>{description.text}</p>
      )}
      <figcaption>
        {description.quoted ? 'Quoted from' : 'Summarised from'}{' '}
        <SourceTitle source={description.source} />
      </figcaption>
    </figure>
  ));
}
