import { textOf } from '../data/text-sources';
import { toCodePointOffset } from './code-points';
import { toCsv, UTF8_BOM } from './csv';
import type { ExportData } from './export-data';
import { crimesOfMention } from './mention-crimes';

export const MENTION_COLUMNS = [
  'annotation_id',
  'source',
  'paragraph',
  'start',
  'end',
  'start_utf16',
  'end_utf16',
  'exact',
  'entity_ids',
  'entity_names',
  'entity_types',
  'crime_categories',
] as const;

/** Lists within a cell: the ids, names and types line up, one per entity of the mention. */
export const LIST_SEPARATOR = '; ';

function joinList(values: readonly string[]): string {
  for (const value of values) {
    if (value.includes(LIST_SEPARATOR.trim()))
      throw new Error(`"${value}" holds the list separator "${LIST_SEPARATOR.trim()}"`);
  }
  return values.join(LIST_SEPARATOR);
}

/** mentions.csv: one row per mention, with a header; see the Data page for each column. */
export function buildMentionsCsv(data: ExportData): string {
  const rows = data.article.annotations.map((annotation) => {
    const { source, selector } = annotation.target;
    const [position, quote] = selector;
    const text = textOf(data.article, source) ?? '';
    const entities = annotation.entities.map((id) => {
      const entity = data.entitiesById[id];
      if (!entity)
        throw new Error(`annotation ${annotation.id} names "${id}", which is not defined`);
      return entity;
    });
    return [
      annotation.id,
      source,
      /^p\d+$/.test(source) ? source.slice(1) : '',
      String(toCodePointOffset(text, position.start)),
      String(toCodePointOffset(text, position.end)),
      String(position.start),
      String(position.end),
      quote.exact,
      joinList(entities.map((entity) => entity.id)),
      joinList(entities.map((entity) => entity.name)),
      joinList(entities.map((entity) => entity.type)),
      joinList(crimesOfMention(annotation.entities, data)),
    ];
  });
  return UTF8_BOM + toCsv(MENTION_COLUMNS, rows);
}
