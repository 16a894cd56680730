import { describe, expect, it } from 'vitest';
import { renderApp, screen, serveDataFiles, waitFor, within } from '../test-utils';

async function openApp() {
  serveDataFiles();
  const rendered = renderApp();
  await screen.findAllByRole('link', { name: 'cyber-crime' });
  // The key and the panels' files, so every count can be read.
  await within(
    await screen.findByRole('group', { name: 'Topics' }, { timeout: 10_000 }),
  ).findAllByText(/entries|entry/);
  await within(
    await screen.findByRole('region', { name: 'Convention and Protocols' }),
  ).findAllByRole('button', { expanded: false });
  return rendered;
}

const crimeGroup = () => screen.getByRole('group', { name: 'Crime type' });
const topicGroup = () => screen.getByRole('group', { name: 'Topics' });
const status = () =>
  screen.getByText((_, element) => element?.classList.contains('filter-status') ?? false);
const highlighted = () =>
  [...document.querySelectorAll('#article .mention')].filter(
    (element) => getComputedStyle(element).getPropertyValue('--filter').trim() === 'match',
  );

describe('counts that add up', () => {
  it('says what it counts, names only what the article mentions, and lists related treaties apart', async () => {
    const { user } = await openApp();
    await user.click(within(crimeGroup()).getByRole('button', { name: /^Corruption/ }));
    await user.click(within(crimeGroup()).getByRole('button', { name: /^Money-laundering/ }));
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        '2 mentions of corruption or money-laundering, and 1 of a treaty that addresses them (UN Convention against Transnational Organized Crime), in 2 paragraphs · Related: UNCAC',
      ),
    );
    // The two counts the status gives are the highlighted mentions, split as it says.
    expect(highlighted()).toHaveLength(3);
    // UNCAC, which the article never names, appears only after "Related:".
    expect(status().textContent!.split('Related:')[0]).not.toContain('UNCAC');
  });

  it('gives every topic the same number of mentions in the key as in the status', async () => {
    const { user } = await openApp();
    for (const button of within(topicGroup()).getAllByRole('button')) {
      const keyCount = Number(/(\d+) mentions?/.exec(button.textContent ?? '')?.[1]);
      await user.click(button);
      await waitFor(() => expect(status()).toHaveTextContent(/^\d+ mentions? of /));
      const statusCount = Number(/^(\d+) mentions?/.exec(status().textContent ?? '')?.[1]);
      expect({ topic: button.textContent, count: statusCount }).toEqual({
        topic: button.textContent,
        count: keyCount,
      });
      expect(highlighted()).toHaveLength(keyCount);
      await user.click(button);
    }
  });

  it('says the Treaty topic has two mentions, as the text shows', async () => {
    const { user } = await openApp();
    const treaty = within(topicGroup()).getByRole('button', { name: /^Treaty/ });
    expect(treaty).toHaveTextContent('4 entries, 2 mentions');
    await user.click(treaty);
    await waitFor(() =>
      expect(status()).toHaveTextContent('2 mentions of treaties in 1 paragraph'),
    );
  });

  it('gives each crime type the same number on its chip as in the status', async () => {
    const { user } = await openApp();
    const chip = within(crimeGroup()).getByRole('button', { name: /^Cyber-crime/ });
    expect(chip).toHaveAccessibleName('Cyber-crime, 2 mentions');
    await user.click(chip);
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        '2 mentions of cyber-crime in 2 paragraphs · Related: UN Convention against Cybercrime',
      ),
    );
  });
});
