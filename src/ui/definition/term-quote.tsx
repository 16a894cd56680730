import type { Term } from '../../data/schemas/reference';
import { DefinitionLink, type OpenDefinition } from '../../ui/definition-link';
import { LinkedText } from '../../ui/linked-text';
import type { Reference } from '../../data/use-reference';

/** A legal definition as the treaty words it, with its inner terms linked and its citation. */
export function TermQuote({
  term,
  reference,
  onOpen,
}: {
  term: Term;
  reference: Reference;
  onOpen: OpenDefinition;
}) {
  const instrumentName =
    reference.entities?.byId[term.instrument]?.name ??
    reference.instruments?.[term.instrument]?.shortName ??
    term.instrument;
  return (
    <figure className="definition">
      <blockquote className="definition-text">
        <LinkedText text={term.text} links={term.links} onOpen={onOpen} />
      </blockquote>
      <figcaption>
        <DefinitionLink id={term.instrument} onOpen={onOpen}>
          {instrumentName}
        </DefinitionLink>
        , {term.pinpoint}
      </figcaption>
    </figure>
  );
}
