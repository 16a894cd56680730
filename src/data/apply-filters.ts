import type { ArticleModel } from './article-model';
import type { Entity, EntityType } from './schemas/entities';
import type { CrimeCategory, Instrument, MdgGoal } from './schemas/reference';
import { buildRelations, type Relations } from './relations';

export { buildRelations, type Relations };

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
