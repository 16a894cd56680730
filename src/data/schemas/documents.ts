import { z } from 'zod';
import {
  entityIdSchema,
  httpUrlSchema,
  isoDateSchema,
  partialDateSchema,
  textSchema,
} from './common';

/*
 * documents.json: every document the data cites, once. The other files point here by id
 * (`{ "doc": "untoc", "pinpoint": "art. 2(a)" }`), so a title, date or address is corrected in
 * one place and the bibliography is this file.
 */

/** The bibliography's groups; `secondary` is a work about a document rather than the document. */
export const documentKinds = [
  'treaty',
  'resolution',
  'report',
  'press-release',
  'news',
  'web-page',
  'secondary',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentSchema = z
  .strictObject({
    id: entityIdSchema,
    kind: z.enum(documentKinds),
    /** The official title, as its publisher gives it. */
    title: textSchema,
    /** UN document symbol (A/RES/55/25, SG/SM/12838) or the UN Treaty Collection chapter (XVIII-12). */
    symbol: textSchema.optional(),
    /** Where a treaty is registered and printed: "UNTS vol. 2225, p. 209; No. 39574". */
    treatySeries: textSchema.optional(),
    date: partialDateSchema.optional(),
    publisher: textSchema,
    /** The publisher's own copy. Only an address found in a stored copy of the page is used. */
    url: httpUrlSchema.optional(),
    /** Why there is no link: the reader is told, and the test's allow-list must name it. */
    unlinked: textSchema.optional(),
  })
  .refine((doc) => (doc.url === undefined) !== (doc.unlinked === undefined), {
    message:
      'a document needs either the address of its publisher’s copy or the reason it has none',
  });
export type CitedDocument = z.infer<typeof documentSchema>;

/** A reproduction of a document somewhere other than its publisher: what a fact was read in. */
export const copySchema = z.strictObject({
  id: entityIdSchema,
  title: textSchema,
  /** The site as a reader would name it: "wetten.overheid.nl (Netherlands treaty database)". */
  site: textSchema,
  url: httpUrlSchema.optional(),
  note: textSchema.optional(),
});
export type DocumentCopy = z.infer<typeof copySchema>;

export const documentsFileSchema = z
  .strictObject({
    version: z.literal(1),
    /** The day the addresses and dated figures were last checked against stored copies. */
    checked: isoDateSchema,
    documents: z.array(documentSchema).min(1),
    copies: z.array(copySchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    [...file.documents, ...file.copies].forEach((record, index) => {
      if (seen.has(record.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index < file.documents.length ? 'documents' : 'copies', index],
          message: `the id "${record.id}" is used twice`,
        });
      }
      seen.add(record.id);
    });
  });
export type DocumentsFile = z.infer<typeof documentsFileSchema>;
