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
 * Only http(s) links are ever rendered as links: a `javascript:` or `data:` URL in the data
 * fails validation rather than reaching an href.
 */
export const httpUrlSchema = z
  .string()
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'must be an http(s) address');

export const entityIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id such as "cyber-crime"');

/**
 * Where a fact comes from. `title` is the official title of the document (or the page); a UN
 * document also has its `symbol` (A/RES/55/25). `pinpoint` narrows it to an article or paragraph.
 * `reliability` keeps the reference file's labels honest: "primary" is an official UN/UNODC/treaty
 * text or a faithful reproduction of it; "secondary" must name the secondary source in `title`.
 */
export const sourceSchema = z.object({
  title: z.string().min(1),
  symbol: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  pinpoint: z.string().min(1).optional(),
  date: isoDateSchema.optional(),
  url: httpUrlSchema.optional(),
  reliability: z.enum(['primary', 'secondary']),
  note: z.string().min(1).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type IsoDate = z.infer<typeof isoDateSchema>;
