import { z } from 'zod';
import { entityIdSchema, textSchema } from './common';
import { crimeCategoryIdSchema, instrumentIdSchema, sourcesSchema } from './reference';

/*
 * comparisons.json: the treaty provisions a comparison quotes, and each comparison as a table
 * whose every cell either quotes a provision word for word or says plainly that it is our
 * reading, with the provisions it rests on. A quote is checked against the provision's text here
 * (and, for a provision whose text lives in terms.json, by checkComparisonQuotes), so a cell
 * cannot misquote the treaty and still load.
 */

/**
 * One article or sub-paragraph. Its text is either in terms.json (`term`: the definitions, kept
 * once) or here, verbatim as read in the copy its sources name.
 */
export const provisionSchema = z
  .strictObject({
    id: entityIdSchema,
    instrument: instrumentIdSchema,
    /** As printed: "art. 3(b)". */
    pinpoint: textSchema,
    term: entityIdSchema.optional(),
    /** Verbatim; sub-paragraphs on their own lines ("\n"). */
    text: z.string().min(1).optional(),
    sources: sourcesSchema.optional(),
  })
  .refine((provision) => (provision.term === undefined) !== (provision.text === undefined), {
    message: 'a provision has its text either here or in terms.json (term), not both',
  })
  .refine((provision) => provision.text === undefined || provision.sources !== undefined, {
    message: 'a provision quoted here needs the sources it was read in',
  });
export type Provision = z.infer<typeof provisionSchema>;

export const quoteSchema = z.strictObject({
  provision: entityIdSchema,
  /** Words of the provision, exactly as they stand in it. */
  exact: textSchema,
});
export type Quote = z.infer<typeof quoteSchema>;

/** What the team reads in the texts: shown as such, never as the treaty's words. */
export const readingSchema = z.strictObject({
  text: textSchema,
  restsOn: z.array(entityIdSchema).min(1),
});
export type Reading = z.infer<typeof readingSchema>;

export const comparisonCellSchema = z
  .strictObject({
    quotes: z.array(quoteSchema).optional(),
    reading: readingSchema.optional(),
    /** For the "where it is defined" row: the provisions themselves, cited by instrument and article. */
    definedIn: z.array(entityIdSchema).min(1).optional(),
  })
  .refine(
    (cell) => (cell.quotes?.length ?? 0) > 0 || cell.reading !== undefined || cell.definedIn,
    { message: 'a cell quotes a provision, gives a reading, or cites where it is defined' },
  );
export type ComparisonCell = z.infer<typeof comparisonCellSchema>;

export const comparisonRowSchema = z.strictObject({
  id: entityIdSchema,
  heading: textSchema,
  cells: z.array(comparisonCellSchema).min(2),
});
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;

export const comparisonSchema = z
  .strictObject({
    id: entityIdSchema,
    title: textSchema,
    caption: textSchema,
    /** One column per crime category, in order; a view holding all of them shows this table. */
    columns: z.array(z.strictObject({ item: crimeCategoryIdSchema, heading: textSchema })).min(2),
    rows: z.array(comparisonRowSchema).min(1),
  })
  .superRefine((comparison, ctx) => {
    comparison.rows.forEach((row, index) => {
      if (row.cells.length !== comparison.columns.length)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'cells'],
          message: `row "${row.id}" has ${row.cells.length} cells for ${comparison.columns.length} columns`,
        });
    });
  });
export type Comparison = z.infer<typeof comparisonSchema>;

export const comparisonsFileSchema = z
  .strictObject({
    version: z.literal(1),
    provisions: z.array(provisionSchema).min(1),
    comparisons: z.array(comparisonSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const provisions = new Map(file.provisions.map((provision) => [provision.id, provision]));
    file.comparisons.forEach((comparison, c) =>
      comparison.rows.forEach((row, r) =>
        row.cells.forEach((cell, k) => {
          const path = ['comparisons', c, 'rows', r, 'cells', k];
          const cited = [
            ...(cell.quotes ?? []).map((quote) => quote.provision),
            ...(cell.reading?.restsOn ?? []),
            ...(cell.definedIn ?? []),
          ];
          for (const id of cited)
            if (!provisions.has(id))
              ctx.addIssue({
                code: 'custom',
                path,
                message: `cites the provision "${id}", which the file lacks`,
              });
          for (const quote of cell.quotes ?? []) {
            const text = provisions.get(quote.provision)?.text;
            if (text !== undefined && !text.includes(quote.exact))
              ctx.addIssue({
                code: 'custom',
                path,
                message: `“${quote.exact}” is not in the text of ${quote.provision}`,
              });
          }
        }),
      ),
    );
  });
export type ComparisonsFile = z.infer<typeof comparisonsFileSchema>;
