import { byId, dataFileQuery } from './data-file-query';
import type { ComparisonsFile, Provision } from './schemas/comparisons';
import type { Term, TermsFile } from './schemas/reference';

/** comparisons.json: the side-by-side tables and the treaty provisions their cells quote. */
export const COMPARISONS_FILE = 'comparisons.json';
export const comparisonsQuery = () =>
  dataFileQuery(COMPARISONS_FILE, () =>
    import('./schemas/comparisons').then((m) => m.comparisonsFileSchema),
  );
export const selectComparisons = (file: ComparisonsFile) => ({
  file,
  provisions: byId(file.provisions),
});
export type ComparisonIndex = ReturnType<typeof selectComparisons>;

/** A provision's verbatim text: its own, or its definition's in terms.json. */
export function provisionText(
  provision: Provision,
  terms: Record<string, Term> | undefined,
): string | undefined {
  return provision.text ?? (provision.term ? terms?.[provision.term]?.text : undefined);
}

/**
 * comparisons.json and terms.json must agree: a provision kept in terms.json exists there, and
 * every quote of it is word for word in its text. (Quotes of the provisions comparisons.json
 * holds itself are checked by its schema.) Returns the first fault, or null.
 */
export function checkComparisonQuotes(file: ComparisonsFile, terms: TermsFile): string | null {
  const termsById = byId(terms.terms);
  const provisions = byId(file.provisions);
  for (const provision of file.provisions) {
    if (provision.term && !termsById[provision.term])
      return `${COMPARISONS_FILE}: the provision "${provision.id}" is the term "${provision.term}", which terms.json does not define`;
  }
  for (const comparison of file.comparisons)
    for (const row of comparison.rows)
      for (const cell of row.cells)
        for (const quote of cell.quotes ?? []) {
          const provision = provisions[quote.provision];
          const text = provision && provisionText(provision, termsById);
          if (text === undefined || !text.includes(quote.exact))
            return `${COMPARISONS_FILE}: “${quote.exact}” (${comparison.id}, ${row.heading}) is not in the text of ${quote.provision}`;
        }
  return null;
}
