import type { RisRecord } from './citation-library';

/*
 * RIS text from the records citation-js maps to RIS tags. Its own text output folds every value
 * at 70 characters, which splits a long address across lines, and reference managers then import
 * a broken link; here each value stays on its one line ("TY  - " first, "ER  - " last, CRLF line
 * ends as the RIS specification writes them).
 */

const LINE_END = '\r\n';

export function risText(records: RisRecord[]): string {
  return records
    .map((record) => {
      const { TY: type, ...tags } = record;
      if (typeof type !== 'string') throw new Error('an RIS record needs one TY tag');
      const lines = [`TY  - ${type}`];
      for (const [tag, value] of Object.entries(tags)) {
        for (const one of ([] as string[]).concat(value)) {
          if (/[\r\n]/.test(one)) throw new Error(`RIS ${tag} holds a line break`);
          lines.push(`${tag}  - ${one}`);
        }
      }
      lines.push('ER  - ');
      return lines.join(LINE_END) + LINE_END;
    })
    .join(LINE_END);
}

/** The records of an RIS text, as tag → values, for the tests and anyone checking a download. */
export function parseRis(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (!match) throw new Error(`not an RIS line: ${JSON.stringify(line)}`);
    const [, tag, value] = match as unknown as [string, string, string];
    if (tag === 'TY') {
      if (current) throw new Error('TY before the previous record ended');
      current = {};
    } else if (!current) {
      throw new Error(`${tag} outside a record`);
    }
    if (tag === 'ER') {
      records.push(current);
      current = null;
      continue;
    }
    (current[tag] ??= []).push(value);
  }
  if (current) throw new Error('the last record has no ER');
  return records;
}
