import type { z } from 'zod';

/** Singular names for the arrays in our files, so a path reads "annotation 12", not "annotations.11". */
const singular: Record<string, string> = {
  annotations: 'annotation',
  paragraphs: 'paragraph',
  quotations: 'quotation',
  entities: 'entity',
  sources: 'source',
  parts: 'part',
  aliases: 'alias',
  goals: 'goal',
  targets: 'target',
  instruments: 'instrument',
  terms: 'term',
  notes: 'note',
  categories: 'category',
  documents: 'document',
  copies: 'copy',
  events: 'event',
};

/**
 * Turns a validation path into words, counting from 1 as people do:
 * ['annotations', 11, 'target', 'source'] → "annotation 12, target.source".
 */
export function describePath(path: ReadonlyArray<PropertyKey>): string {
  const words: string[] = [];
  let fields: string[] = [];
  const flushFields = () => {
    if (fields.length > 0) words.push(fields.join('.'));
    fields = [];
  };
  path.forEach((key, index) => {
    if (typeof key === 'number') {
      // A number right after a named array was folded into "annotation 12" below.
      if (typeof path[index - 1] !== 'string') fields.push(`item ${key + 1}`);
      return;
    }
    const name = String(key);
    const next = path[index + 1];
    if (typeof next === 'number') {
      flushFields();
      words.push(`${singular[name] ?? name} ${next + 1}`);
    } else {
      fields.push(name);
    }
  });
  flushFields();
  return words.join(', ');
}

/** One validation fault in plain words: where it is, then what is wrong. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path);
  let what: string;
  if (issue.code === 'invalid_type') {
    what = /received undefined/.test(issue.message)
      ? `is missing (expected ${issue.expected})`
      : `should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  } else if (issue.code === 'unrecognized_keys') {
    what = `has unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  } else {
    what = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
  return where ? `${where} ${what}` : `the file ${what}`;
}
