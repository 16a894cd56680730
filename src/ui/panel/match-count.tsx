export function MatchCount({ matching, total }: { matching: number; total: number }) {
  return (
    <p className="match-count">
      {matching} of {total} match the filters
    </p>
  );
}
