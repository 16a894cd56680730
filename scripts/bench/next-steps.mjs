// What to do about each budget, in the words the report prints under the budget table.
export function nextSteps(budgets) {
  const missed = budgets.filter((row) => !row.met);
  if (missed.length === 0) return 'Every budget is met.';
  return missed.map((row) => `- ${row.budget}: not met.`).join('\n');
}
