import { z } from 'zod';
import './common';

/*
 * data/v1/citations.json: every citable item the cards offer, formatted at build time
 * (src/exports/citation-artifacts.ts), so the browser shows finished strings and never loads a
 * citation engine. The build writes it with this schema, and the app checks what it loads with it.
 */

const textSchema = z.string().min(1);

/** Plain text, and the same as HTML whose only markup is <i>. */
export const formattedSchema = z.strictObject({
  text: textSchema,
  html: textSchema.refine(
    (html) => (html.match(/<[^>]*>/g) ?? []).every((tag) => tag === '<i>' || tag === '</i>'),
    'may hold no markup but <i>',
  ),
});
export type Formatted = z.infer<typeof formattedSchema>;

export const citationKinds = ['article', 'treaty-article', 'definition', 'resolution'] as const;

const downloadPathSchema = z.string().regex(/^data\/v1\/cite\/[a-z0-9-]+\.(?:bib|ris|json)$/);

export const citationEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: z.enum(citationKinds),
  label: textSchema,
  /** The cards that offer it: an entity id, or "article" for the article's header. */
  cards: z.array(textSchema).min(1),
  apa: formattedSchema,
  apaInText: formattedSchema,
  chicagoNote: formattedSchema,
  chicagoBibliography: formattedSchema,
  mla: formattedSchema,
  mlaInText: formattedSchema,
  downloads: z.strictObject({
    bibtex: downloadPathSchema,
    ris: downloadPathSchema,
    cslJson: downloadPathSchema,
  }),
});
export type CitationEntry = z.infer<typeof citationEntrySchema>;

export const citationsFileSchema = z.strictObject({
  version: z.literal(1),
  /** The styles' own titles, with the edition: "Modern Language Association 9th edition". */
  styles: z.strictObject({ apa: textSchema, chicago: textSchema, mla: textSchema }),
  citations: z.array(citationEntrySchema).min(1),
  /** All citations in one file of each format. */
  all: z.strictObject({ bibtex: textSchema, ris: textSchema, cslJson: textSchema }),
});
export type CitationsFile = z.infer<typeof citationsFileSchema>;
