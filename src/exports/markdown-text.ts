/*
 * Text from the data, written so that Markdown shows it as text: the punctuation that could
 * start emphasis, code, a link, a footnote, raw HTML or a table cell is escaped with a backslash
 * (CommonMark lets any ASCII punctuation be escaped), and so is a line start that would open a
 * heading, a quotation, a list or a thematic break.
 */
export function markdownText(text: string): string {
  const inline = text
    .replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`)
    // An ampersand only matters where it would start a character reference ("&amp;").
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  return inline
    .split('\n')
    .map((line) => line.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

/** An address as an autolink; the data's addresses are http(s) and hold no space or angle bracket. */
export function markdownLink(url: string): string {
  if (!/^https?:\/\/[^\s<>]+$/i.test(url)) throw new Error(`"${url}" cannot be written as a link`);
  return `<${url}>`;
}
