import type { TextSource } from '../data/schemas/article';
import { textOf } from '../data/text-sources';
import { formatUnDate } from '../ui/format-date';
import { CC_BY_URL } from './download-catalog';
import { citeSource, entityNote } from './entity-notes';
import type { ExportData } from './export-data';
import { markdownLink, markdownText as md } from './markdown-text';

/*
 * The article as Markdown: the text as published, a footnote reference after every mention (one
 * per entity it names), and one footnote per entity, the first time it is named, with what it
 * is, its definition and its sources. Footnotes use the [^label] syntax of GitHub, pandoc and
 * most Markdown tools; a note named again is referenced again, not repeated.
 */

export const DATE_NOTE = 'date-published';

/** Characters from Unicode's private use area stand in for the references while the text is escaped. */
const PLACEHOLDER_BASE = 0xe000;

function withReferences(
  data: ExportData,
  source: TextSource,
  cite: (entityId: string) => string,
): string {
  const text = textOf(data.article, source);
  if (text === undefined) throw new Error(`article.json has no text for ${source}`);
  if (/[\uE000-\uF8FF]/.test(text)) throw new Error(`${source} holds a private-use character`);
  const mentions = data.article.annotations
    .filter((annotation) => annotation.target.source === source)
    .map((annotation) => ({
      start: annotation.target.selector[0].start,
      end: annotation.target.selector[0].end,
      entities: annotation.entities,
    }))
    // By where they end; of two ending together, the inner one (starting later) first, so the
    // reference for "Transnational Organized Crime" comes before the Convention's.
    .sort((a, b) => a.end - b.end || b.start - a.start);

  const labels: string[] = [];
  let marked = '';
  let at = 0;
  for (const mention of mentions) {
    marked += text.slice(at, mention.end);
    at = mention.end;
    for (const id of mention.entities) {
      marked += String.fromCharCode(PLACEHOLDER_BASE + labels.length);
      labels.push(cite(id));
    }
  }
  marked += text.slice(at);
  return md(marked).replace(
    /[\uE000-\uF8FF]/g,
    (placeholder) => `[^${labels[placeholder.charCodeAt(0) - PLACEHOLDER_BASE]}]`,
  );
}

const indent = (block: string) =>
  block
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');

export function buildArticleMarkdown(data: ExportData): string {
  const { meta } = data.article;
  const order: string[] = [];
  const cite = (id: string) => {
    if (!data.entitiesById[id]) throw new Error(`"${id}" is not an entity`);
    if (!order.includes(id)) order.push(id);
    return id;
  };

  const body = [
    `# ${withReferences(data, 'headline', cite)}`,
    `${md(meta.publisher.name)}, ${formatUnDate(meta.datePublished)}${meta.datePublishedNote ? `[^${DATE_NOTE}]` : ''}. ${markdownLink(meta.url)}`,
    withReferences(data, 'photoCredit', cite),
    ...data.article.paragraphs.map((paragraph) =>
      withReferences(data, paragraph.id as TextSource, cite),
    ),
    '---',
    `Article text © United Nations (${md(meta.publisher.name)}), as published at ${markdownLink(meta.url)}. The footnotes are the Crime Congress 2010 explorer’s, licensed CC BY 4.0 (${markdownLink(CC_BY_URL)}); treaty text quoted in them is its publishers’. Made from the explorer’s data files (data/v1/index.json lists them).`,
  ];

  const notes = [
    ...(meta.datePublishedNote
      ? [`[^${DATE_NOTE}]: **Date of publication.** ${md(meta.datePublishedNote)}`]
      : []),
    ...order.map((id) => {
      const note = entityNote(data.entitiesById[id]!, data);
      return [
        `[^${id}]: ${note.heading}`,
        ...note.blocks.map(indent),
        indent('**Sources:**'),
        indent(note.sources.map((source) => `- ${citeSource(source, data)}`).join('\n')),
      ].join('\n\n');
    }),
  ];
  return `${[...body, ...notes].join('\n\n')}\n`;
}
