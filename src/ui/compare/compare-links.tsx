import { useQuery } from '@tanstack/react-query';
import { comparisonsQuery } from '../../data/comparisons-query';
import { compareHref } from './compare-href';
import './compare-links.css';

type Props = {
  /** What this card stands for in a comparison: a crime category or a defined term. */
  self: readonly string[];
  /** The crime categories the card concerns, to offer the ready-made tables that include them. */
  crimes: readonly string[];
  /** How the card is named in the generic link ("Trafficking in persons"). */
  name: string;
};

/**
 * "Compare with…" on a definition card: the compare view opened with this item, ready for the
 * reader to add others; and, where a ready-made table covers one of the card's crime categories,
 * that table directly. The tables are listed in comparisons.json; until it arrives (or if it
 * cannot), only the generic link shows.
 */
export function CompareLinks({ self, crimes, name }: Props) {
  const { data } = useQuery(comparisonsQuery());
  const tables = (data?.comparisons ?? []).filter((comparison) =>
    comparison.columns.some((column) => crimes.includes(column.item)),
  );
  if (self.length === 0 && tables.length === 0) return null;
  return (
    <ul className="compare-links">
      {tables.map((table) => (
        <li key={table.id}>
          <a href={compareHref(table.columns.map((column) => column.item))}>
            Compare side by side: {table.title.charAt(0).toLowerCase() + table.title.slice(1)}
          </a>
        </li>
      ))}
      {self.length > 0 && (
        <li>
          <a href={compareHref(self)}>
            Compare with…{' '}
            <span className="visually-hidden">(opens the compare view with {name})</span>
          </a>
        </li>
      )}
    </ul>
  );
}
