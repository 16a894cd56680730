import type { Source } from './schemas/common';

/** One citation as it sits in a data file: the source, and the card (or note) that shows it. */
export type SourcePlace = {
  file: string;
  /** JSON path, for test messages: `$.instruments[3].parties[0].source`. */
  path: string;
  /** The id of the nearest record with one: an entity, treaty, term, crime category, goal or note. */
  owner: string | undefined;
  source: Source;
};

const SOURCE_KEY = /^(?:source|sources|titleSources)$/;

const isSource = (value: unknown): value is Source =>
  value !== null && typeof value === 'object' && typeof (value as Source).doc === 'string';

/**
 * Every source a data file cites, wherever it sits. The files put sources under `source`,
 * `sources` or `titleSources`; anything else with a `doc` key is not a citation.
 */
export function collectSources(file: string, tree: unknown): SourcePlace[] {
  const found: SourcePlace[] = [];
  const visit = (value: unknown, path: string, owner: string | undefined, key: string) => {
    if (SOURCE_KEY.test(key)) {
      const list = Array.isArray(value) ? value : [value];
      list.forEach((item, index) => {
        if (isSource(item))
          found.push({
            file,
            path: Array.isArray(value) ? `${path}[${index}]` : path,
            owner,
            source: item,
          });
      });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`, owner, ''));
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // Cards have kebab-case ids; other ids (a UNTC chapter such as "XVIII-12") belong to a field.
      const ownId =
        typeof record.id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(record.id)
          ? record.id
          : undefined;
      const sdgTarget = typeof record.target === 'string' && 'wording' in record;
      const nextOwner = ownId ?? (sdgTarget ? `sdg-${String(record.target)}` : owner);
      for (const [childKey, child] of Object.entries(record))
        visit(child, `${path}.${childKey}`, nextOwner, childKey);
    }
  };
  visit(tree, '$', undefined, '');
  return found;
}
