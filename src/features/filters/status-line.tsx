/**
 * The live region itself. The page renders it empty before the script runs and while the rest
 * loads (FilterStatus comes after hydration), so it is there, unchanged, before anything it
 * announces: a region that arrives with its words in it is not read out.
 */
export function StatusLine({ text = '' }: { text?: string }) {
  return (
    <p className="filter-status" role="status">
      {text}
    </p>
  );
}
