import type { FilterSelection, Relations } from './apply-filters';
import type { Entity } from './schemas/entities';
import { crimeCategoryIds, entityTypes } from './schemas/ids';

/*
 * The text shows the filters through CSS, not through React. Each mention (and each paragraph)
 * carries, once, tokens for what it stands for (as class names, filterClassesOf); the root element
 * names the selection in two attributes; one stylesheet, built once from the fixed vocabularies, joins the two. A filter
 * click sets two attributes and re-renders no mention, however long the article.
 *
 * The tokens encode `itemMatches` exactly, per entity of the mention:
 *   t:<type>              the entity's type, for topics alone;
 *   c:<crime>             a crime category the entity stands with, for crime types alone;
 *   tc:<type>:<crime>     both at once, for topics and crime types together (the AND must hold
 *                         within one entity, not across two entities of the same mention).
 * A paragraph carries the union of its mentions' tokens: a match is any one token, so the union
 * matches exactly when one of its mentions does.
 */

/** The crime categories one entity stands with: itself if it is one, what a treaty addresses. */
function crimesOfEntity(id: string, entity: Entity, relations: Relations): string[] {
  if (entity.type !== 'crime' && entity.type !== 'instrument') return [];
  const related = relations.crimesOf[id] ?? [];
  // A category matches itself even before crime-categories.json has loaded.
  return entity.type === 'crime' && !related.includes(id) ? [id, ...related] : [...related];
}

/** The tokens of a mention (or a paragraph) made of these entities, none repeated. */
export function filterKeys(
  entityIds: readonly string[],
  entitiesById: Record<string, Entity>,
  relations: Relations,
): string[] {
  const keys = new Set<string>();
  for (const id of entityIds) {
    const entity = entitiesById[id];
    if (!entity) continue;
    keys.add(`t:${entity.type}`);
    for (const crime of crimesOfEntity(id, entity, relations)) {
      keys.add(`c:${crime}`);
      keys.add(`tc:${entity.type}:${crime}`);
    }
  }
  return [...keys];
}

/**
 * The keys as class names, which is how the markup carries them. A browser files each rule under
 * the last class of its selector, so a mention is checked only against the rules of its own keys;
 * an attribute selector (`[data-filter-keys~="…"]`) would file every rule under `.mention`, and
 * every mention would be checked against all of them (some 90) on every filter click.
 * "tc:instrument:organized-crime" becomes "fk-tc-instrument--organized-crime".
 */
export const filterClassOf = (key: string) => {
  const [kind, ...parts] = key.split(':');
  return `fk-${kind}-${parts.join('--')}`;
};

/** The `class` value that carries the tokens of a mention (or a paragraph) of these entities. */
export const filterClassesOf = (
  entityIds: readonly string[],
  entitiesById: Record<string, Entity>,
  relations: Relations,
) => filterKeys(entityIds, entitiesById, relations).map(filterClassOf).join(' ');

export const CRIMES_ATTRIBUTE = 'data-filter-crimes';
export const TOPICS_ATTRIBUTE = 'data-filter-topics';

/** The root element's attributes for a selection; null removes one. */
export function selectionAttributes(
  selection: FilterSelection,
): Record<typeof CRIMES_ATTRIBUTE | typeof TOPICS_ATTRIBUTE, string | null> {
  return {
    [CRIMES_ATTRIBUTE]: selection.crimes.length > 0 ? selection.crimes.join(' ') : null,
    [TOPICS_ATTRIBUTE]: selection.topics.length > 0 ? selection.topics.join(' ') : null,
  };
}

/** Any filter on: the root names a crime type or a topic. */
export const FILTERING = `:root:is([${CRIMES_ATTRIBUTE}], [${TOPICS_ATTRIBUTE}])`;

const has = (attribute: string, word: string) => `[${attribute}~="${word}"]`;

/**
 * One selector list for "`target` matches the selection named on the root", for every selection
 * the vocabularies allow: crime types alone (OR), topics alone (OR), or both (a type and a crime
 * type held by one entity). `inner` continues the selector inside the target (" > .paragraph").
 */
export function matchSelector(target: string, inner = ''): string {
  const keys = (key: string) => `.${filterClassOf(key)}`;
  const crimesOnly = crimeCategoryIds.map(
    (crime) =>
      `:root${has(CRIMES_ATTRIBUTE, crime)}:not([${TOPICS_ATTRIBUTE}]) ${target}${keys(`c:${crime}`)}`,
  );
  const topicsOnly = entityTypes.map(
    (topic) =>
      `:root${has(TOPICS_ATTRIBUTE, topic)}:not([${CRIMES_ATTRIBUTE}]) ${target}${keys(`t:${topic}`)}`,
  );
  const both = entityTypes.flatMap((topic) =>
    crimeCategoryIds.map(
      (crime) =>
        `:root${has(CRIMES_ATTRIBUTE, crime)}${has(TOPICS_ATTRIBUTE, topic)} ${target}${keys(`tc:${topic}:${crime}`)}`,
    ),
  );
  return [...crimesOnly, ...topicsOnly, ...both].map((selector) => selector + inner).join(',\n');
}
