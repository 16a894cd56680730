import { z } from 'zod';
import { entityIdSchema, httpUrlSchema, isoDateSchema } from './common';

/**
 * Where an annotation or quotation points: a body paragraph ("p1"…) or a metadata field that
 * the reading view shows as text (the headline and the photo credit carry mentions too).
 */
export const textSourceSchema = z.union([
  z.string().regex(/^p[1-9]\d*$/, 'must be a paragraph id such as "p3"'),
  z.literal('headline'),
  z.literal('photoCredit'),
]);

/** W3C Web Annotation TextPositionSelector; offsets count UTF-16 code units, end exclusive. */
const textPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** W3C Web Annotation TextQuoteSelector: the exact text, with a little context either side. */
const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

export const annotationSchema = z.object({
  id: z.string().min(1),
  target: z.object({
    source: textSourceSchema,
    selector: z.tuple([textPositionSelectorSchema, textQuoteSelectorSchema]),
  }),
  /** One mention can name several entities ("its three additional Protocols"). */
  entities: z.array(entityIdSchema).min(1),
});

/**
 * A quotation may run across paragraphs. English leaves the closing mark off a paragraph when the
 * same speaker goes on in the next one, so each part records whether it opens and closes with a
 * quotation mark rather than assuming both.
 */
export const quotationPartSchema = z.object({
  source: textSourceSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  opensWithMark: z.boolean(),
  closesWithMark: z.boolean(),
});

export const quotationSchema = z.object({
  id: z.string().min(1),
  speaker: entityIdSchema,
  parts: z.array(quotationPartSchema).min(1),
});

export const paragraphSchema = z.object({
  id: z.string().regex(/^p[1-9]\d*$/),
  text: z.string().min(1),
});

export const articleFileSchema = z.object({
  version: z.literal(1),
  offsetUnit: z.literal('utf-16-code-unit'),
  meta: z.object({
    headline: z.string().min(1),
    publisher: z.object({ name: z.string().min(1), tagline: z.string().min(1) }),
    url: httpUrlSchema,
    storyId: z.string().min(1),
    datePublished: isoDateSchema,
    datePublishedNote: z.string().min(1).optional(),
    photoCredit: z.string().min(1),
    event: entityIdSchema,
    place: z.object({ name: z.string().min(1), entities: z.array(entityIdSchema) }),
    language: z.string().min(2),
  }),
  paragraphs: z.array(paragraphSchema).min(1),
  quotations: z.array(quotationSchema),
  annotations: z.array(annotationSchema),
});

export type ArticleFile = z.infer<typeof articleFileSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type Quotation = z.infer<typeof quotationSchema>;
export type QuotationPart = z.infer<typeof quotationPartSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type TextSource = z.infer<typeof textSourceSchema>;
