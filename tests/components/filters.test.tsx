import { describe, expect, it } from 'vitest';
import { filterState, renderApp, screen, serveDataFiles, waitFor, within } from '../test-utils';

async function openApp() {
  serveDataFiles();
  const rendered = renderApp();
  await screen.findAllByRole('link', { name: 'cyber-crime' });
  // The panels' files too, so their order can be checked.
  await within(
    await screen.findByRole('region', { name: 'Convention and Protocols' }),
  ).findAllByRole('button', {
    expanded: false,
  });
  return rendered;
}

const crimeGroup = () => screen.getByRole('group', { name: 'Crime type' });

describe('filtering by crime type', () => {
  it('offers one toggle per crime category, with its number of mentions', async () => {
    await openApp();
    const toggles = within(crimeGroup()).getAllByRole('button', { pressed: false });
    expect(toggles).toHaveLength(10);
    expect(
      within(crimeGroup()).getByRole('button', { name: 'Cyber-crime, 2 mentions' }),
    ).toBeInTheDocument();
    expect(
      within(crimeGroup()).getByRole('button', { name: 'Smuggling of migrants, 1 mention' }),
    ).toBeInTheDocument();
  });

  it('makes the matching mentions stand out, quietens the rest, and reorders the panels', async () => {
    const { user } = await openApp();
    await user.click(within(crimeGroup()).getByRole('button', { name: /^Smuggling of migrants/ }));

    expect(
      within(crimeGroup()).getByRole('button', { name: /^Smuggling of migrants/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(filterState(screen.getByRole('link', { name: 'smuggling of migrants' }))).toBe('match');
    for (const cyber of screen.getAllByRole('link', { name: 'cyber-crime' })) {
      expect(filterState(cyber)).toBe('quiet');
    }
    // Every word is still there; paragraph 1 just has nothing to match.
    const paragraph = (number: number) => document.querySelector(`#paragraph-${number}`)!;
    expect(filterState(paragraph(1))).toBe('quiet');
    expect(filterState(paragraph(4))).toBe('match');

    const convention = screen.getByRole('region', { name: 'Convention and Protocols' });
    const [first] = within(convention).getAllByRole('button', { expanded: false });
    expect(first).toHaveAccessibleName('Smuggling of Migrants Protocol');
    expect(within(convention).getByText(/^1 of \d+ match the filters$/)).toBeInTheDocument();
    const crimes = screen.getByRole('region', { name: 'Crime categories' });
    expect(within(crimes).getAllByRole('button', { expanded: false })[0]).toHaveAccessibleName(
      'Smuggling of migrants',
    );
  });

  it('announces the result politely, and the clearing', async () => {
    const { user } = await openApp();
    const status = screen.getByText(
      (_, element) => element?.classList.contains('filter-status') ?? false,
    );
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent(/^$/);

    await user.click(within(crimeGroup()).getByRole('button', { name: /^Smuggling of migrants/ }));
    expect(status).toHaveTextContent(
      '1 mention of smuggling of migrants, and 1 of a treaty that addresses it (Smuggling of Migrants Protocol), in 1 paragraph',
    );

    await user.click(within(crimeGroup()).getByRole('button', { name: /^Cyber-crime/ }));
    expect(status).toHaveTextContent(
      /^3 mentions of smuggling of migrants or cyber-crime, and 1 of a treaty that addresses them \(Smuggling of Migrants Protocol\), in 3 paragraphs · Related: UN Convention against Cybercrime$/,
    );

    await user.click(within(crimeGroup()).getByRole('button', { name: 'Clear' }));
    expect(status).toHaveTextContent('Filters cleared: showing everything.');
    expect(within(crimeGroup()).queryAllByRole('button', { pressed: true })).toHaveLength(0);
    // Nothing is singled out or greyed once the filters are off.
    for (const element of document.querySelectorAll('#article .mention, .paragraph'))
      expect(filterState(element)).toBe('');
  });

  it('narrows further by topic from the key to the highlights', async () => {
    const { user } = await openApp();
    await user.click(within(crimeGroup()).getByRole('button', { name: /^Smuggling of migrants/ }));
    const topics = screen.getByRole('group', { name: 'Topics' });
    await user.click(within(topics).getByRole('button', { name: /^Treaty/ }));
    expect(within(topics).getByRole('button', { name: /^Treaty/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(() =>
      expect(
        filterState(screen.getByRole('link', { name: 'its three additional Protocols' })),
      ).toBe('match'),
    );
    expect(filterState(screen.getByRole('link', { name: 'smuggling of migrants' }))).toBe('quiet');
  });

  it('works by keyboard alone', async () => {
    const { user } = await openApp();
    const toggle = within(crimeGroup()).getByRole('button', { name: /^Corruption/ });
    toggle.focus();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });
});
