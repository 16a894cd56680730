import { useQuery } from '@tanstack/react-query';
import {
  checkComparisonQuotes,
  COMPARISONS_FILE,
  comparisonsQuery,
  selectComparisons,
} from '../../data/comparisons-query';
import {
  CRIME_CATEGORIES_FILE,
  crimeCategoriesQuery,
  instrumentsQuery,
  selectCrimeCategories,
  selectInstruments,
  selectTerms,
  TERMS_FILE,
  termsQuery,
} from '../../data/reference-queries';
import { compareHref } from '../../ui/compare/compare-href';
import { DataError } from '../../ui/data-error';
import { DATA_PAGE } from '../../ui/data-page-link';
import { LoadingNotice } from '../../ui/loading-notice';
import { BackToArticle, SubpageHeader } from '../../ui/subpage-header';
import { resolveItem, tablesFor, tablesNear, type CompareItem } from './compare-items';
import { CompareTable } from './compare-table';
import { DefinitionColumn } from './definition-column';
import { ItemPicker } from './item-picker';
import { useCompareItems } from './use-compare-items';

/**
 * compare.html, "Definitions side by side": any two or more legal definitions or crime
 * categories, each word for word with its source, named in the address (`?items=a,b`). Where the
 * team has read a pair element by element (comparisons.json), that table comes first.
 */
export function ComparePage() {
  const [ids, setIds] = useCompareItems();
  const crimes = useQuery({ ...crimeCategoriesQuery(), select: selectCrimeCategories });
  const terms = useQuery({ ...termsQuery(), select: selectTerms });
  const instruments = useQuery({ ...instrumentsQuery(), select: selectInstruments });
  const comparisons = useQuery({ ...comparisonsQuery(), select: selectComparisons });

  const lookups =
    crimes.data && terms.data ? { categories: crimes.data.categories, terms: terms.data } : null;
  const resolved = lookups ? ids.map((id) => [id, resolveItem(id, lookups)] as const) : [];
  const items = resolved.flatMap(([, item]) => (item ? [item] : []));
  const unknown = resolved.flatMap(([id, item]) => (item ? [] : [id]));
  const quoteFault =
    comparisons.data && terms.data
      ? checkComparisonQuotes(comparisons.data.file, {
          version: 1,
          terms: Object.values(terms.data),
        })
      : null;
  const tables =
    comparisons.data && !quoteFault ? tablesFor(items, comparisons.data.file.comparisons) : [];
  const near =
    comparisons.data && !quoteFault ? tablesNear(items, comparisons.data.file.comparisons) : [];
  const failed = [
    crimes.error && { what: 'The crime categories', query: crimes },
    terms.error && { what: 'The legal definitions', query: terms },
  ].filter((entry) => !!entry);

  return (
    <>
      <SubpageHeader subtitle="Definitions side by side" />
      <main id="main" className="subpage compare-page" tabIndex={-1}>
        <h1>Definitions side by side</h1>
        <p className="subpage-lead compare-lead">
          Two or more legal definitions or crime categories, each in the treaty’s own words with
          where it comes from. The address holds the choice, so a comparison can be shared.
        </p>

        {failed.map(({ what, query }) => (
          <DataError
            key={what}
            what={what}
            error={query.error!}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ))}
        {!lookups && failed.length === 0 && (
          <LoadingNotice what="the definitions" file={`${CRIME_CATEGORIES_FILE}, ${TERMS_FILE}`} />
        )}

        {lookups && (
          <>
            <ItemPicker
              chosen={items}
              categories={Object.values(lookups.categories)}
              terms={Object.values(lookups.terms)}
              onChange={setIds}
            />
            {unknown.length > 0 && (
              <p className="compare-unknown" role="status">
                Left out: {unknown.map((id) => `“${id}”`).join(', ')}{' '}
                {unknown.length === 1 ? 'is' : 'are'} not a definition or crime category in the
                explorer.
              </p>
            )}
            <p className="visually-hidden" role="status">
              {items.length > 0 ? `Comparing ${items.map((item) => item.name).join(', ')}.` : ''}
            </p>
          </>
        )}

        {comparisons.error ? (
          <DataError
            what="The ready-made comparisons"
            error={comparisons.error}
            onRetry={() => void comparisons.refetch()}
            retrying={comparisons.isFetching}
          />
        ) : quoteFault ? (
          <p className="data-error-detail">{quoteFault}</p>
        ) : (
          !comparisons.data &&
          lookups && <LoadingNotice what="the ready-made comparisons" file={COMPARISONS_FILE} />
        )}

        {near.length > 0 && (
          <ul className="compare-suggestions">
            {near.map((comparison) => (
              <li key={comparison.id}>
                Ready-made:{' '}
                <a href={compareHref(comparison.columns.map((column) => column.item))}>
                  {comparison.title}, element by element
                </a>
              </li>
            ))}
          </ul>
        )}

        {tables.map((comparison) => (
          <section
            key={comparison.id}
            className="compare-section"
            aria-labelledby={`${comparison.id}-heading`}
          >
            <h2 id={`${comparison.id}-heading`}>
              How they differ: {comparison.title.toLowerCase()}
            </h2>
            <CompareTable
              comparison={comparison}
              index={comparisons.data!}
              terms={terms.data ?? {}}
              instruments={instruments.data}
            />
          </section>
        ))}

        {items.length > 0 && (
          <section className="compare-section" aria-labelledby="word-for-word">
            <h2 id="word-for-word">Word for word</h2>
            <div className="compare-columns">
              {items.map((item: CompareItem) => (
                <DefinitionColumn key={item.id} item={item} instruments={instruments.data} />
              ))}
            </div>
          </section>
        )}
      </main>
      <footer className="site-footer">
        <p>
          Treaty text is its publishers’; the team’s readings, marked as such, and the data are CC
          BY 4.0.
        </p>
        <p>
          <BackToArticle />
          {' · '}
          <a href={DATA_PAGE}>The data: downloads, schemas and licence</a>
        </p>
      </footer>
    </>
  );
}
