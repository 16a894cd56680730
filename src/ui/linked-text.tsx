import { DefinitionLink, type OpenDefinition } from './definition-link';

type LinkedTextProps = {
  text: string;
  links: readonly { exact: string; term: string }[];
  onOpen: OpenDefinition;
};

/**
 * Verbatim text with the defined terms inside it turned into links to their own definitions.
 * Each link applies to the first occurrence of its words not already taken, left to right;
 * line breaks in the text are kept.
 */
export function LinkedText({ text, links, onOpen }: LinkedTextProps) {
  const placed: { start: number; end: number; term: string }[] = [];
  for (const link of links) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(link.exact, from);
      if (start < 0) break;
      const end = start + link.exact.length;
      if (!placed.some((p) => start < p.end && end > p.start)) {
        placed.push({ start, end, term: link.term });
        break;
      }
      from = start + 1;
    }
  }
  placed.sort((a, b) => a.start - b.start);

  const pieces: React.ReactNode[] = [];
  let cursor = 0;
  for (const link of placed) {
    pieces.push(text.slice(cursor, link.start));
    pieces.push(
      <DefinitionLink key={link.start} id={link.term} onOpen={onOpen}>
        {text.slice(link.start, link.end)}
      </DefinitionLink>,
    );
    cursor = link.end;
  }
  pieces.push(text.slice(cursor));
  return <span className="verbatim">{pieces}</span>;
}
