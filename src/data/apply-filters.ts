import type { ArticleModel } from './article-model';
import type { Entity, EntityType } from './schemas/entities';
import type { CrimeCategory, Instrument, MdgGoal } from './schemas/reference';

export type FilterSelection = { crimes: readonly string[]; topics: readonly EntityType[] };

export type FilterData = {
  model: ArticleModel;
  entities: Record<string, Entity>;
  /** Reference files may still be loading; the text can be filtered without them. */
  instruments?: Record<string, Instrument>;
  crimes?: Record<string, CrimeCategory>;
  goals?: Record<string, MdgGoal>;
};

export type FilterResult = {
  active: boolean;
  /** Mention controls that match, by control id. */
  controls: Set<string>;
  /** Text sources (paragraph ids, "headline", "photoCredit") holding at least one match. */
  sources: Set<string>;
  mentionCount: number;
  /** Panel items that match, in the data's order. */
  crimes: string[];
  instruments: string[];
  goals: string[];
};

export const isFiltering = (selection: FilterSelection) =>
  selection.crimes.length > 0 || selection.topics.length > 0;

/**
 * For each item, the crime categories it stands with: a category with itself, a treaty with the
 * categories it addresses (as either file records it). Built once per loaded data, so a filter
 * change only has to look ids up.
 */
export type Relations = { crimesOf: Record<string, readonly string[]> };

export function buildRelations(data: Pick<FilterData, 'instruments' | 'crimes'>): Relations {
  const crimesOf: Record<string, string[]> = {};
  const add = (id: string, crime: string) => {
    const list = (crimesOf[id] ??= []);
    if (!list.includes(crime)) list.push(crime);
  };
  for (const crime of Object.values(data.crimes ?? {})) {
    add(crime.id, crime.id);
    for (const ref of crime.instruments) add(ref.instrument, crime.id);
  }
  for (const instrument of Object.values(data.instruments ?? {})) {
    for (const ref of instrument.addresses) add(instrument.id, ref.crime);
  }
  return { crimesOf };
}

/**
 * Whether one item passes the selection: crime types with OR (the item is one of them, or a
 * treaty that addresses one), then topics with AND. The text, the panels and the status all
 * decide through this one function.
 */
export function itemMatches(
  relations: Relations,
  id: string,
  type: EntityType,
  selection: FilterSelection,
): boolean {
  if (selection.topics.length > 0 && !selection.topics.includes(type)) return false;
  if (selection.crimes.length === 0) return true;
  // A category matches itself even before crime-categories.json has loaded.
  if (type === 'crime' && selection.crimes.includes(id)) return true;
  if (type !== 'crime' && type !== 'instrument') return false;
  return (relations.crimesOf[id] ?? []).some((crime) => selection.crimes.includes(crime));
}

/**
 * What the screen shows for a selection: a pure function of (data, selection), so the article,
 * the panels and the announcement can never disagree.
 *
 * Crime types combine with OR: an item matches if it is one of them or an instrument that
 * addresses one of them. Topics (entity types) then narrow with AND. With nothing selected,
 * everything matches and `active` is false.
 */
export function applyFilters(data: FilterData, selection: FilterSelection): FilterResult {
  const active = isFiltering(selection);
  const relations = buildRelations(data);
  const matches = (id: string, type: EntityType) => itemMatches(relations, id, type, selection);

  const controls = new Set<string>();
  const sources = new Set<string>();
  let mentionCount = 0;
  const seenControls = new Set<string>();
  for (const [entityId, mentions] of Object.entries(data.model.mentionsOfEntity)) {
    const entity = data.entities[entityId];
    if (!entity || !matches(entityId, entity.type)) continue;
    for (const mention of mentions) {
      controls.add(mention.controlId);
      sources.add(mention.source);
      if (!seenControls.has(mention.controlId)) {
        seenControls.add(mention.controlId);
        mentionCount += 1;
      }
    }
  }

  const keep = <T extends { id: string }>(items: Record<string, T> | undefined, type: EntityType) =>
    Object.values(items ?? {})
      .filter((item) => matches(item.id, type))
      .map((item) => item.id);

  return {
    active,
    controls: active ? controls : allControls(data.model),
    sources,
    mentionCount,
    crimes: keep(data.crimes, 'crime'),
    instruments: keep(data.instruments, 'instrument'),
    goals: keep(data.goals, 'goal'),
  };
}

function allControls(model: ArticleModel): Set<string> {
  return new Set(Object.keys(model.entitiesOfControl));
}

/** "2 mentions in 1 paragraph · Smuggling of Migrants Protocol", for the live region. */
export function describeFilterResult(result: FilterResult, nameOf: (id: string) => string): string {
  if (!result.active) return 'Filters cleared: showing everything.';
  const paragraphs = [...result.sources].filter((source) => /^p\d+$/.test(source)).length;
  const extras = [...result.sources].filter((source) => !/^p\d+$/.test(source));
  const where = [
    paragraphs > 0 ? `${paragraphs} ${paragraphs === 1 ? 'paragraph' : 'paragraphs'}` : null,
    extras.includes('headline') ? 'the headline' : null,
    extras.includes('photoCredit') ? 'the photo credit' : null,
  ].filter(Boolean);
  const count =
    result.mentionCount === 0
      ? 'No mentions'
      : `${result.mentionCount} ${result.mentionCount === 1 ? 'mention' : 'mentions'} in ${where.join(' and ')}`;
  const instruments = result.instruments.map(nameOf);
  return [count, ...(instruments.length > 0 ? [instruments.join(', ')] : [])].join(' · ');
}
