import { z } from 'zod';
import { entityIdSchema, httpUrlSchema, isoDateSchema, textSchema } from './common';

/*
 * data/v1/index.json: what the Data page lists, written at build time (src/exports/) from the
 * same data files the explorer loads. The page renders it as it is, so every path is checked to
 * be a plain relative path before it becomes a link.
 */

/** A path relative to the manifest ("mentions.csv", "schemas/article.schema.json"): no scheme, no "..". */
export const manifestPathSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/, 'must be a relative path')
  .refine((path) => !path.split('/').includes('..'), 'must not leave the folder');

export const manifestFileSchema = z.strictObject({
  path: manifestPathSchema,
  /** The Content-Type the file is meant to be read as; a static host decides by its ending. */
  mediaType: textSchema,
  bytes: z.number().int().positive(),
  /** SHA-256 of the file's bytes, in hexadecimal, so a copy can be checked. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest in hexadecimal'),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const changeSchema = z.strictObject({ date: isoDateSchema, change: textSchema });
export type Change = z.infer<typeof changeSchema>;

export const licenceSchema = z.strictObject({ text: textSchema, url: httpUrlSchema });

export const manifestEntrySchema = z.strictObject({
  id: entityIdSchema,
  title: textSchema,
  description: textSchema,
  /** The format in words: "CSV (RFC 4180), UTF-8 with a byte-order mark, CRLF line ends". */
  format: textSchema,
  file: manifestFileSchema,
  /** The JSON Schema the file is valid against, where it has one. */
  schema: manifestFileSchema.optional(),
  /** The specifications the file follows. */
  conformsTo: z.array(z.strictObject({ name: textSchema, url: httpUrlSchema })),
  /** The file's shape version: the "v1" of its path and, for a data file, its "version" field. */
  version: z.number().int().positive(),
  licence: licenceSchema,
  /** Newest last. */
  changelog: z.array(changeSchema).min(1),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const dataManifestSchema = z.strictObject({
  version: z.literal(1),
  title: textSchema,
  description: textSchema,
  article: z.strictObject({
    headline: textSchema,
    publisher: textSchema,
    datePublished: isoDateSchema,
    url: httpUrlSchema,
  }),
  /** How the files count positions in the text, in words. */
  positions: textSchema,
  licence: z.strictObject({ text: textSchema, url: httpUrlSchema }),
  /** The JSON Schema of this manifest. */
  schema: manifestFileSchema,
  /** Made from the data for use elsewhere: annotations, a table, the article as Markdown. */
  downloads: z.array(manifestEntrySchema).min(1),
  /** The files the explorer itself loads, each with its JSON Schema. */
  dataFiles: z.array(manifestEntrySchema).min(1),
});
export type DataManifest = z.infer<typeof dataManifestSchema>;
