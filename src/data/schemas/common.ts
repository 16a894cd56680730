import { z } from 'zod';

/*
 * No code generation: zod would otherwise probe `new Function` to speed up object parsing, which
 * the page's Content-Security-Policy (script-src 'self', no 'unsafe-eval') forbids and reports.
 * Every schema module imports this one, so the setting is in place before any parse.
 */
z.config({ jitless: true });

/** A calendar date stored as ISO 8601 (YYYY-MM-DD) that really exists (no 31 April). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'must be a real calendar date');

/**
 * A publication date known only as far as the publisher gives it: a year ("2016"), a month
 * ("2013-02") or a day. Guessing the rest would be inventing a fact.
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => {
    const [year, month = '01', day = '01'] = value.split('-');
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return (
      !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`)
    );
  }, 'must be a real calendar date');

/**
 * Only http(s) links are ever rendered as links: a `javascript:` or `data:` URL in the data
 * fails validation rather than reaching an href.
 */
export const httpUrlSchema = z
  .string()
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'must be an http(s) address');

/** Text a file states, trimmed and never empty. */
export const textSchema = z.string().trim().min(1);

export const entityIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id such as "cyber-crime"');

/**
 * Where a fact comes from: a pointer into documents.json, never the document itself, so one
 * document has one title, one date and one link wherever it is cited. `pinpoint` narrows it to an
 * article, paragraph or page. `readIn` names the copy the fact was read in when that was not the
 * publisher's own copy: the card then says "read in a copy at …", and the source counts as
 * secondary however faithful the copy.
 */
export const sourceSchema = z.strictObject({
  doc: entityIdSchema,
  pinpoint: z.string().min(1).optional(),
  readIn: entityIdSchema.optional(),
  note: z.string().min(1).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type IsoDate = z.infer<typeof isoDateSchema>;
