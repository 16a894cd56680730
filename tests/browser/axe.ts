import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** Every violation as one line: rule id, impact, the elements it found, and what the rule wants. */
function axeViolations({ violations }: AxeResults): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'no impact'}) at ${node.target
          .map((selector) => (Array.isArray(selector) ? selector.join(' >> ') : String(selector)))
          .join(' ')}: ${violation.help}`,
    ),
  );
}

/**
 * Colour contrast (WCAG AA), axe's color-contrast rule, strictly: beyond no violation, nothing
 * may be left undecided (a colour axe could not check is not a colour known to pass), and enough
 * text was checked to mean something.
 */
function expectContrastResults(results: AxeResults, state: string) {
  const contrast = (rules: AxeResults['violations']) =>
    rules.filter((rule) => rule.id === 'color-contrast');
  const failing = contrast(results.violations);
  const lines = [...failing, ...contrast(results.incomplete)].flatMap((rule) =>
    rule.nodes.map(
      (node) =>
        `${failing.includes(rule) ? 'fails' : 'undecided'} at ${node.target.join(' ')}: ${node.any[0]?.message ?? rule.help}`,
    ),
  );
  expect(lines, `color-contrast ${state}:\n${lines.join('\n')}`).toEqual([]);
  expect(contrast(results.passes)[0]?.nodes.length).toBeGreaterThan(50);
}

/**
 * axe-core on the page as it is now: all rules, best practices included, and any violation
 * fails, whatever its impact. It runs twice: at the test's width (1280 px, two columns), then at
 * 800 px. At 1280 px the side column is a scroll box, and axe cannot tell the background of text
 * scrolled out of it ("partially obscured"), so it leaves that text's contrast unchecked; in one
 * column everything is in the page's own flow and color-contrast sees every word. With
 * `strictContrast`, the 800-px run's colour contrast is also held to expectContrastChecked's
 * standard, from the same run rather than a second one.
 */
export async function expectNoAxeViolations(
  page: Page,
  state: string,
  { strictContrast = false } = {},
) {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const width of [size.width, 800]) {
    await page.setViewportSize({ width, height: size.height });
    const results = await new AxeBuilder({ page }).analyze();
    const found = axeViolations(results);
    expect(found, `axe violations ${state}, at ${width} px:\n${found.join('\n')}`).toEqual([]);
    if (strictContrast && width === 800) expectContrastResults(results, `${state}, at 800 px`);
  }
  await page.setViewportSize(size);
}

/**
 * Colour contrast (WCAG AA) alone, axe's color-contrast rule, at the page's width (run it in one
 * column, see above), held to expectContrastResults's standard.
 */
export async function expectContrastChecked(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expectContrastResults(results, state);
}
