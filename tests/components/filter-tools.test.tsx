import { describe, expect, it } from 'vitest';
import { renderApp, screen, serveDataFiles, waitFor, within } from '../test-utils';

async function openApp() {
  serveDataFiles();
  const rendered = renderApp();
  await screen.findAllByRole('link', { name: 'cyber-crime' });
  return rendered;
}

const crimeGroup = () => screen.getByRole('group', { name: 'Crime type' });
const topicGroup = () => screen.getByRole('group', { name: 'Topics' });
const current = () =>
  [...document.querySelectorAll('#article [data-current-match]')].map((element) =>
    element.textContent?.trim(),
  );

describe('the filters in one place', () => {
  it('shows both filter systems together, each part removable there', async () => {
    const { user } = await openApp();
    await user.click(within(crimeGroup()).getByRole('button', { name: /^Corruption/ }));
    await user.click(within(crimeGroup()).getByRole('button', { name: /^Money-laundering/ }));
    const treaty = await within(
      await screen.findByRole('group', { name: 'Topics' }, { timeout: 20_000 }),
    ).findByRole('button', { name: /^Treaty/ });
    await user.click(treaty);
    const summary = await screen.findByRole('group', { name: 'Showing:' });
    expect(summary.textContent?.replace(/\s/g, '')).toBe(
      'Showing:corruption×,money-laundering×·Treaties×',
    );
    expect(
      within(summary)
        .getAllByRole('button')
        .map((button) => button.ariaLabel),
    ).toEqual([
      'Remove corruption filter',
      'Remove money-laundering filter',
      'Remove Treaties filter',
    ]);

    await user.click(within(summary).getByRole('button', { name: 'Remove corruption filter' }));
    expect(within(crimeGroup()).getByRole('button', { name: /^Corruption/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await user.click(within(summary).getByRole('button', { name: 'Remove Treaties filter' }));
    expect(within(topicGroup()).getByRole('button', { name: /^Treaty/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await user.click(
      within(summary).getByRole('button', { name: 'Remove money-laundering filter' }),
    );
    expect(screen.queryByRole('group', { name: 'Showing:' })).toBeNull();
  });

  it('steps through the matches in reading order, by button and by key, marking each', async () => {
    const { user } = await openApp();
    await user.click(within(crimeGroup()).getByRole('button', { name: /^Corruption/ }));
    await user.click(within(crimeGroup()).getByRole('button', { name: /^Money-laundering/ }));
    const stepper = await screen.findByRole('group', { name: 'Matches in the text' });
    await waitFor(() => expect(stepper).toHaveTextContent('3 matches'));

    await user.click(within(stepper).getByRole('button', { name: 'Next match' }));
    expect(stepper).toHaveTextContent('Match 1 of 3');
    expect(current()).toEqual(['UN Convention against Transnational Organized Crime']);
    document.body.focus();
    await user.keyboard('n');
    expect(stepper).toHaveTextContent('Match 2 of 3: “corruption”');
    expect(current()).toEqual(['corruption']);
    await user.keyboard(']');
    expect(current()).toEqual(['money-laundering']);
    await user.keyboard('n');
    expect(stepper).toHaveTextContent('Match 1 of 3');
    await user.keyboard('{Shift>}N{/Shift}');
    expect(stepper).toHaveTextContent('Match 3 of 3');
    await user.keyboard('[[');
    expect(stepper).toHaveTextContent('Match 2 of 3');
    await user.click(within(stepper).getByRole('button', { name: 'Previous match' }));
    expect(current()).toEqual(['UN Convention against Transnational Organized Crime']);
  });

  it('can hide the paragraphs without a match, and bring them back', async () => {
    const { user } = await openApp();
    const shown = () =>
      [...document.querySelectorAll('#article .paragraph-row')]
        .filter((row) => getComputedStyle(row).display !== 'none')
        .map((row) => row.querySelector('.paragraph')!.id);
    expect(shown()).toHaveLength(6);
    await user.click(within(crimeGroup()).getByRole('button', { name: /^Corruption/ }));
    const hide = await screen.findByRole('checkbox', { name: 'Hide paragraphs without a match' });
    expect(shown()).toHaveLength(6);
    await user.click(hide);
    expect(shown()).toEqual(['paragraph-4', 'paragraph-6']);
    await user.click(hide);
    expect(shown()).toHaveLength(6);
  });

  it('lists the match keys in the keyboard shortcuts', async () => {
    await openApp();
    const dialog = document.querySelector('dialog.help-dialog')!;
    expect(dialog).toHaveTextContent(
      'n or ], Shift+N or [Under a filter: go to the next or the previous match in the text',
    );
  });
});
