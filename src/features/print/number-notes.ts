import type { ArticleModel } from '../../data/article-model';
import {
  applyFilters,
  buildRelations,
  itemMatches,
  type FilterData,
  type FilterSelection,
} from '../../data/apply-filters';
import type { TextSource } from '../../data/schemas/article';
import type { MentionSegment } from '../../data/segment-text';

/** The order the handout prints the texts in: the headline and credit above the paragraphs. */
export function printOrder(model: ArticleModel): TextSource[] {
  return [
    'headline',
    'photoCredit',
    ...model.article.paragraphs.map((paragraph) => paragraph.id as TextSource),
  ];
}

export type Endnote = {
  number: number;
  entityId: string;
  /** Where the printed text carries this note, in print order, each place once. */
  sources: TextSource[];
};

export type NoteNumbers = {
  notes: Endnote[];
  /** The note numbers a mention carries, by its control id; a mention that gets none is absent. */
  numbersOfControl: Record<string, number[]>;
};

/**
 * Which mentions of the printed article get endnotes, and with which numbers. One note per
 * entity, numbered in the order the handout first names it; every later mention of it carries
 * the same number, so a reader finds one entry per thing however often the text names it. A
 * mention that names several entities ("its three additional Protocols") carries one number for
 * each that passes the filters.
 *
 * The filters decide through apply-filters.ts, as the screen does: a mention gets notes only if
 * the screen shows it as a match, and then only for the entities in it that match.
 */
export function numberNotes(data: FilterData, selection: FilterSelection): NoteNumbers {
  const { model, entities } = data;
  const matched = applyFilters(data, selection).controls;
  const relations = buildRelations(data);

  const notes: Endnote[] = [];
  const noteOf = new Map<string, Endnote>();
  const numbersOfControl: Record<string, number[]> = {};

  for (const source of printOrder(model)) {
    for (const segment of mentionsIn(model.blocks[source] ?? [])) {
      if (!matched.has(segment.id)) continue;
      const numbers: number[] = [];
      for (const entityId of model.entitiesOfControl[segment.id] ?? []) {
        const entity = entities[entityId];
        if (!entity || !itemMatches(relations, entityId, entity.type, selection)) continue;
        let note = noteOf.get(entityId);
        if (!note) {
          note = { number: notes.length + 1, entityId, sources: [] };
          notes.push(note);
          noteOf.set(entityId, note);
        }
        if (!note.sources.includes(source)) note.sources.push(source);
        if (!numbers.includes(note.number)) numbers.push(note.number);
      }
      if (numbers.length > 0) numbersOfControl[segment.id] = numbers;
    }
  }
  return { notes, numbersOfControl };
}

function mentionsIn(blocks: ArticleModel['blocks'][string]): MentionSegment[] {
  return blocks
    .flatMap((block) => block.segments)
    .filter((segment): segment is MentionSegment => segment.kind === 'mention');
}
