// Issue 14's Lighthouse targets, judged on the medians of one `npm run lighthouse`: the app's
// performance score 1.00, TBT ≤ 50 ms, LCP within 1.2× the static page's (median against median,
// same runs), and accessibility, best practices and SEO at 1.00. A statement, never a failure.

const TBT_MS = 50;
const LCP_RATIO = 1.2;

const score = (value) => (value === null ? '—' : value.toFixed(2));
const msText = (value) => (value === null ? '—' : `${Math.round(value)} ms`);

/** `app` and `plain` are medianOf(results) of the app and the static page. */
export function lighthouseVerdicts(app, plain, runs) {
  const appLcp = app.metrics['largest-contentful-paint'];
  const staticLcp = plain.metrics['largest-contentful-paint'];
  const lcpRatio = appLcp !== null && staticLcp ? appLcp / staticLcp : null;
  const tbt = app.metrics['total-blocking-time'];
  const perfect = (category, name) => {
    const value = app.scores[category];
    return {
      target: `${name} 1.00 (app, median of ${runs})`,
      measured: score(value),
      met: value !== null && value >= 1,
    };
  };
  return [
    perfect('performance', 'Performance'),
    {
      target: `Total blocking time ≤ ${TBT_MS} ms (app, median of ${runs})`,
      measured: msText(tbt),
      met: tbt !== null && tbt <= TBT_MS,
    },
    {
      target: `LCP ≤ ${LCP_RATIO}× the static page's (median against median, same runs)`,
      measured:
        lcpRatio === null
          ? '—'
          : `${lcpRatio.toFixed(2)}× (app ${msText(appLcp)}, static ${msText(staticLcp)})`,
      met: lcpRatio !== null && lcpRatio <= LCP_RATIO,
    },
    perfect('accessibility', 'Accessibility'),
    perfect('best-practices', 'Best practices'),
    perfect('seo', 'SEO'),
  ];
}

export const verdictTable = (verdicts) =>
  [
    '| Target | Measured | Verdict |',
    '| --- | --- | --- |',
    ...verdicts.map(
      (row) => `| ${row.target} | ${row.measured} | ${row.met ? 'met' : '**not met**'} |`,
    ),
  ].join('\n');

export const verdictLines = (verdicts) =>
  verdicts.map((row) => `${row.met ? 'met    ' : 'NOT MET'}  ${row.target}: ${row.measured}`);
