import {
  SEARCH_GROUPS,
  type SearchEntry,
  type SearchField,
  type SearchGroupId,
  type SearchTarget,
} from './build-search-index';
import { excerpt, expandToWords, type MarkedText } from './marked-text';
import { normaliseQuery, originalRange, type NormalisedText } from './normalise';

/**
 * How good a match is, best first: the thing is called exactly that, its name starts with it, a
 * word of its name does, another of its names contains it, its name has it inside a word, and
 * last, a longer text about it merely mentions it.
 */
export const MATCH_TIERS = {
  exactName: 0,
  namePrefix: 1,
  nameWord: 2,
  alias: 3,
  nameInside: 4,
  body: 5,
} as const;

export const RESULT_LIMITS = { perGroup: 5, total: 20 };

export type SearchResult = {
  key: string;
  group: SearchGroupId;
  target: SearchTarget;
  /** The result's name, marked where the match is in it. */
  title: MarkedText;
  /** Where the match is when it is not in the name: an alias, or an excerpt of a longer text. */
  detail: { label: string | null; text: MarkedText } | null;
  /** The matched words as printed, whole words: what a passage result marks in the article. */
  exact: string;
  /** [tier, finer rank within the tier, length of the matched name]; lower is better. */
  score: readonly number[];
};

export type SearchResultGroup = { id: SearchGroupId; label: string; results: SearchResult[] };

export type SearchResults = {
  groups: SearchResultGroup[];
  /** Every entry that matched, before the limits. */
  total: number;
  /** How many the groups hold. */
  shown: number;
};

const EMPTY: SearchResults = { groups: [], total: 0, shown: 0 };

/* Longer than this, a field is shown as an excerpt around the match rather than whole. */
const LONG_FIELD = 90;

type FieldMatch = { field: SearchField; index: number; score: number[] };

/** The first occurrence that starts a word, or else the first at all. */
function findOccurrence(normalised: NormalisedText, query: string) {
  let first = -1;
  for (
    let index = normalised.text.indexOf(query);
    index >= 0;
    index = normalised.text.indexOf(query, index + 1)
  ) {
    if (normalised.wordStarts[index]) return { index, atWordStart: true };
    if (first < 0) first = index;
  }
  return first < 0 ? null : { index: first, atWordStart: false };
}

function scoreOf(field: SearchField, query: string, index: number, atWordStart: boolean) {
  const whole = field.normalised.text === query;
  const length = field.normalised.text.length;
  switch (field.role) {
    case 'name':
      if (whole) return [MATCH_TIERS.exactName, 0, length];
      if (index === 0) return [MATCH_TIERS.namePrefix, 0, length];
      if (atWordStart) return [MATCH_TIERS.nameWord, 0, length];
      return [MATCH_TIERS.nameInside, 0, length];
    case 'alias':
      return [MATCH_TIERS.alias, whole ? 0 : index === 0 ? 1 : atWordStart ? 2 : 3, length];
    case 'body':
      // Among texts that only mention the words, keep the data's order (reading order).
      return [MATCH_TIERS.body, atWordStart ? 0 : 1, 0];
  }
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function bestFieldMatch(entry: SearchEntry, query: string): FieldMatch | null {
  let best: FieldMatch | null = null;
  for (const field of entry.fields) {
    const occurrence = findOccurrence(field.normalised, query);
    if (!occurrence) continue;
    const score = scoreOf(field, query, occurrence.index, occurrence.atWordStart);
    if (!best || compareScores(score, best.score) < 0) {
      best = { field, index: occurrence.index, score };
    }
  }
  return best;
}

function toResult(entry: SearchEntry, match: FieldMatch, query: string): SearchResult {
  const { field } = match;
  const range = originalRange(field.normalised, match.index, match.index + query.length);
  const words = expandToWords(field.text, range.start, range.end);
  const base = {
    key: entry.key,
    group: entry.group,
    target: entry.target,
    exact: field.text.slice(words.start, words.end),
    score: match.score,
  };
  // A name that the title spells out (a goal's title inside "Goal 4: …") is marked in the title.
  const inTitle = field.role === 'body' ? -1 : entry.title.indexOf(field.text);
  if (inTitle >= 0) {
    return {
      ...base,
      title: {
        text: entry.title,
        mark: { start: inTitle + range.start, end: inTitle + range.end },
      },
      detail: null,
    };
  }
  const text =
    field.text.length > LONG_FIELD
      ? excerpt(field.text, range.start, range.end)
      : { text: field.text, mark: range };
  return {
    ...base,
    title: { text: entry.title, mark: null },
    detail: { label: field.label, text },
  };
}

/**
 * The results for a query, grouped by kind, best first within each group, and the groups in the
 * order of their best results (SEARCH_GROUPS order among equals).
 * Each group shows at most `perGroup`; when that still makes more than `total`, the weakest
 * matches (by tier, then group order) are left out, so a name match is never dropped for a
 * passage that merely contains the words.
 */
export function rankResults(
  index: readonly SearchEntry[],
  query: string,
  limits: { perGroup: number; total: number } = RESULT_LIMITS,
): SearchResults {
  const normalisedQuery = normaliseQuery(query);
  if (!normalisedQuery) return EMPTY;

  const byGroup = new Map<SearchGroupId, { result: SearchResult; order: number }[]>();
  let total = 0;
  index.forEach((entry, order) => {
    const match = bestFieldMatch(entry, normalisedQuery);
    if (!match) return;
    total += 1;
    const list = byGroup.get(entry.group) ?? [];
    list.push({ result: toResult(entry, match, normalisedQuery), order });
    byGroup.set(entry.group, list);
  });

  const candidates = SEARCH_GROUPS.flatMap((group, groupIndex) =>
    (byGroup.get(group.id) ?? [])
      .sort((a, b) => compareScores(a.result.score, b.result.score) || a.order - b.order)
      .slice(0, limits.perGroup)
      .map(({ result }, position) => ({ result, groupIndex, position })),
  );
  const kept = new Set(
    [...candidates]
      .sort(
        (a, b) =>
          compareScores(a.result.score.slice(0, 2), b.result.score.slice(0, 2)) ||
          a.groupIndex - b.groupIndex ||
          a.position - b.position,
      )
      .slice(0, limits.total)
      .map(({ result }) => result),
  );

  // Groups lead with their best match: a fixed order put an exact name ("organized criminal
  // group", a term) after crime categories whose longer texts merely mention the words. The
  // fixed order only breaks ties.
  const groups = SEARCH_GROUPS.map((group, groupIndex) => ({
    groupIndex,
    id: group.id,
    label: group.label,
    results: candidates
      .filter(({ result }) => result.group === group.id && kept.has(result))
      .map(({ result }) => result),
  }))
    .filter((group) => group.results.length > 0)
    .sort(
      (a, b) =>
        compareScores(a.results[0]!.score.slice(0, 2), b.results[0]!.score.slice(0, 2)) ||
        a.groupIndex - b.groupIndex,
    )
    .map(({ id, label, results }) => ({ id, label, results }));
  return { groups, total, shown: kept.size };
}
