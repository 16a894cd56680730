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
  /** The matching controls in reading order, for stepping through them. */
  order: string[];
  /**
   * Of the matches, the mentions of what was selected itself (a selected crime type, or an entity
   * of a selected topic), and where they are.
   */
  named: { count: number; sources: Set<string> };
  /**
   * The rest: mentions of a treaty that addresses a selected crime type, with those treaties
   * (the ids the matching mentions name, in reading order).
   */
  viaTreaty: { count: number; instruments: string[] };
  /** Matching treaties the article does not name (only under a crime type: they address it). */
  related: string[];
  selection: FilterSelection;
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
  const named = { count: 0, sources: new Set<string>() };
  const viaTreaty = { count: 0, instruments: [] as string[] };
  const order: string[] = [];
  // Itself what was asked for: an entity of a selected topic, and one of the selected crime types.
  const isNamed = (id: string, type: EntityType) =>
    (selection.topics.length === 0 || selection.topics.includes(type)) &&
    (selection.crimes.length === 0 || (type === 'crime' && selection.crimes.includes(id)));
  // Each control is counted once, however many entities it names: that is what the text marks.
  for (const [source, blocks] of Object.entries(data.model.blocks)) {
    for (const segment of blocks.flatMap((block) => block.segments)) {
      if (segment.kind !== 'mention') continue;
      const ids = data.model.entitiesOfControl[segment.id] ?? [];
      const typed = ids.flatMap((id) => {
        const entity = data.entities[id];
        return entity ? [{ id, type: entity.type }] : [];
      });
      const matching = typed.filter(({ id, type }) => matches(id, type));
      if (matching.length === 0) continue;
      controls.add(segment.id);
      sources.add(source);
      order.push(segment.id);
      if (matching.some(({ id, type }) => isNamed(id, type))) {
        named.count += 1;
        named.sources.add(source);
      } else {
        viaTreaty.count += 1;
        for (const { id, type } of matching)
          if (type === 'instrument' && !viaTreaty.instruments.includes(id))
            viaTreaty.instruments.push(id);
      }
    }
  }
  const mentionCount = order.length;

  const keep = <T extends { id: string }>(items: Record<string, T> | undefined, type: EntityType) =>
    Object.values(items ?? {})
      .filter((item) => matches(item.id, type))
      .map((item) => item.id);

  const instruments = keep(data.instruments, 'instrument');
  return {
    active,
    controls: active ? controls : allControls(data.model),
    sources,
    mentionCount,
    order,
    named,
    viaTreaty,
    related:
      selection.crimes.length > 0
        ? instruments.filter((id) => !data.model.mentionsOfEntity[id]?.length)
        : [],
    selection,
    crimes: keep(data.crimes, 'crime'),
    instruments,
    goals: keep(data.goals, 'goal'),
  };
}

function allControls(model: ArticleModel): Set<string> {
  return new Set(Object.keys(model.entitiesOfControl));
}

/** How many mentions the article holds of one crime type, as its chip says and the status counts. */
export function mentionsOfCrime(data: FilterData, crime: string): number {
  return applyFilters(data, { crimes: [crime], topics: [] }).named.count;
}

/** How many mentions the article holds of one entity type, as the key says and the status counts. */
export function mentionsOfTopic(data: FilterData, topic: EntityType): number {
  return applyFilters(data, { crimes: [], topics: [topic] }).mentionCount;
}

export type FilterNames = {
  /** An entity's name as the article's reader knows it (the entity file's name). */
  entity: (id: string) => string;
  /** A treaty the article does not name, by its short name. */
  instrument: (id: string) => string;
  /** A topic in the plural, in running text: "treaties". */
  topic: (type: EntityType) => string;
};

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
const either = (words: string[]) =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/** "1 paragraph and the headline": where a set of matches is. */
function describePlaces(sources: Set<string>): string {
  const paragraphs = [...sources].filter((source) => /^p\d+$/.test(source)).length;
  return [
    paragraphs > 0 ? `${paragraphs} ${plural(paragraphs, 'paragraph', 'paragraphs')}` : null,
    sources.has('headline') ? 'the headline' : null,
    sources.has('photoCredit') ? 'the photo credit' : null,
  ]
    .filter(Boolean)
    .join(' and ');
}

/**
 * The status line: what the text marks, counted as the chips and the key count (one per
 * mention, however many entities it names), split into mentions of what was selected and
 * mentions of a treaty that addresses a selected crime type; then, apart, the related treaties
 * the article does not name. "2 mentions of corruption or money-laundering, and 1 of a treaty
 * that addresses them (…), in 2 paragraphs · Related: UNCAC".
 */
export function describeFilterResult(result: FilterResult, names: FilterNames): string {
  if (!result.active) return 'Filters cleared: showing everything.';
  const { crimes, topics } = result.selection;
  const crimeWords = either(crimes.map((id) => names.entity(id).toLowerCase()));
  const topicWords = either(topics.map(names.topic));
  // Under crime types, what was selected is the crime types (the topics only narrow them).
  const what = crimes.length > 0 ? crimeWords : topicWords;
  const related =
    result.related.length > 0
      ? ` · Related: ${result.related.map(names.instrument).join(', ')}`
      : '';
  const { named, viaTreaty } = result;
  if (result.mentionCount === 0)
    return `No mentions of ${what}${crimes.length > 0 && topics.length > 0 ? ` among ${topicWords}` : ''}${related}`;

  const treaties = (count: number, addressed: string) =>
    `${plural(count, 'a treaty that addresses', 'treaties that address')} ${addressed} (${viaTreaty.instruments
      .map(names.entity)
      .join(', ')})`;
  const where = describePlaces(result.sources);
  let counted: string;
  if (viaTreaty.count === 0)
    counted = `${named.count} ${plural(named.count, 'mention', 'mentions')} of ${what} in ${where}`;
  else if (named.count === 0)
    counted = `${viaTreaty.count} ${plural(viaTreaty.count, 'mention', 'mentions')} of ${treaties(viaTreaty.count, crimeWords)} in ${where}`;
  else
    counted = `${named.count} ${plural(named.count, 'mention', 'mentions')} of ${what}, and ${viaTreaty.count} of ${treaties(viaTreaty.count, crimes.length === 1 ? 'it' : 'them')}, in ${where}`;
  return counted + related;
}
