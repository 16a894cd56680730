import type { FilterResult } from './apply-filters';
import type { EntityType } from './schemas/entities';

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
