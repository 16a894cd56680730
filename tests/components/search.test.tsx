import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import { render, screen, serveDataFiles, waitFor, within } from '../test-utils';

/* The search box as a reader uses it, by keyboard, in the app's header. */

async function openApp(replies: Parameters<typeof serveDataFiles>[0] = {}) {
  serveDataFiles(replies);
  // No pause between keys: each test types whole words, and jsdom is slow enough as it is.
  const user = userEvent.setup({ delay: null });
  const client = createQueryClient();
  render(
    <Providers client={client}>
      <App />
    </Providers>,
  );
  // The side column's code loads on its own; its panels then fetch their files.
  await screen.findByRole('complementary', { name: 'Details and key' });
  await waitFor(() => expect(client.isFetching()).toBe(0));
  const combobox = screen.getByRole('combobox', { name: 'Search the article and definitions' });
  return { user, combobox };
}

const activeOption = (combobox: HTMLElement) => {
  const id = combobox.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

// Typing into the whole app in jsdom is slow on a busy machine; the default 5 s is not enough.
describe('search', { timeout: 20_000 }, () => {
  it('finds Cyber-crime for "cybercrime", moves with the arrows and opens it with Enter', async () => {
    const { user, combobox } = await openApp();
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await user.type(combobox, 'cybercrime');

    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Search results' });
    expect(combobox).toHaveAttribute('aria-controls', listbox.id);
    expect(
      within(listbox)
        .getAllByRole('group')
        .map((group) => group.textContent),
    ).toEqual([
      expect.stringMatching(/^Crime categories/),
      expect.stringMatching(/^Instruments/),
      expect.stringMatching(/^Passages in the article/),
    ]);
    const crimes = within(listbox).getByRole('group', { name: 'Crime categories' });
    const [cyber] = within(crimes).getAllByRole('option');
    expect(cyber).toHaveAccessibleName('Cyber-crime');
    // The match is marked as the data spells it, hyphen and capital included.
    expect(within(cyber!).getByText('Cyber-crime').tagName).toBe('MARK');

    // Nothing is active until the reader moves; the first ArrowDown lands on the first result
    // (it used to skip it, the first being active already). Focus stays in the box.
    const options = within(listbox).getAllByRole('option');
    expect(options[0]).toBe(cyber);
    expect(activeOption(combobox)).toBeNull();
    expect(cyber).toHaveAttribute('aria-selected', 'false');
    expect(combobox).toHaveFocus();
    expect(screen.getByText('4 results')).toHaveAttribute('aria-live', 'polite');

    await user.keyboard('{ArrowDown}');
    expect(activeOption(combobox)).toBe(cyber);
    expect(cyber).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(activeOption(combobox)).toBe(options[1]);
    expect(options[1]).toHaveAccessibleName('UN Convention against Cybercrime');
    expect(cyber).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(activeOption(combobox)).toBe(options.at(-1));
    await user.keyboard('{ArrowDown}');
    expect(activeOption(combobox)).toBe(cyber);

    await user.keyboard('{Enter}');
    const card = screen.getByRole('region', { name: 'Cyber-crime' });
    expect(within(card).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(combobox).toHaveValue('');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    // Closing the definition brings the reader back to the search box.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Cyber-crime' })).not.toBeInTheDocument();
    expect(combobox).toHaveFocus();
  });

  it('finds Money-laundering for "money laundering", and opens it on a click', async () => {
    const { user, combobox } = await openApp();
    await user.type(combobox, 'money laundering');
    await user.keyboard('{ArrowDown}');
    const option = activeOption(combobox)!;
    expect(option).toHaveAccessibleName('Money-laundering');
    expect(within(option).getByText('Money-laundering').tagName).toBe('MARK');
    await user.click(option);
    expect(screen.getByRole('region', { name: 'Money-laundering' })).toBeInTheDocument();
    expect(combobox).toHaveValue('');
  });

  it('finds the UN Office on Drugs and Crime for "unodc", by its alias', async () => {
    const { user, combobox } = await openApp();
    await user.type(combobox, 'UNODC');
    const group = screen.getByRole('group', { name: 'People, organizations, places and events' });
    const [office] = within(group).getAllByRole('option');
    expect(office).toHaveAccessibleName('UN Office on Drugs and Crime Also called: UNODC');
    expect(within(office!).getByText('UNODC').tagName).toBe('MARK');
    await user.click(office!);
    expect(
      screen.getByRole('region', { name: 'UN Office on Drugs and Crime' }),
    ).toBeInTheDocument();
  });

  it('finds the Convention for "palermo"', async () => {
    const { user, combobox } = await openApp();
    await user.type(combobox, 'palermo');
    // Enter opens the best result without a move; ArrowDown shows which one it is.
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(
      'UN Convention against Transnational Organized Crime Also called: Palermo Convention',
    );
    await user.keyboard('{Enter}');
    expect(
      screen.getByRole('region', { name: 'UN Convention against Transnational Organized Crime' }),
    ).toBeInTheDocument();
  });

  it('takes the reader to a passage and marks it', async () => {
    const { user, combobox } = await openApp();
    // In the article on screen (the print handout holds a hidden copy of the text).
    const paragraph = within(screen.getByRole('main'))
      .getByText(/we have a shared responsibility to act/)
      .closest('p')!;
    expect(paragraph.closest('[data-marked]')).toBeNull();

    await user.type(combobox, 'shared responsibility');
    const passages = screen.getByRole('group', { name: 'Passages in the article' });
    const [option] = within(passages).getAllByRole('option');
    expect(option).toHaveAccessibleName(/^Paragraph 5 ….*shared responsibility to act/);
    await user.keyboard('{ArrowDown}');
    expect(activeOption(combobox)).toBe(option);
    await user.keyboard('{Enter}');

    expect(paragraph).toHaveFocus();
    expect(paragraph).toHaveAttribute('id', 'paragraph-5');
    expect(paragraph.closest('.paragraph-row')).toHaveAttribute('data-marked');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    const { user, combobox } = await openApp();
    await user.type(combobox, 'zebra');
    expect(screen.getAllByText('No results for “zebra”')).toHaveLength(2);
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}');
    // Nothing opened: the definition view still shows its invitation.
    expect(screen.getByRole('region', { name: 'Definitions' })).toBeInTheDocument();
  });

  it('focuses the box on "/" from anywhere else, without typing it', async () => {
    const { user, combobox } = await openApp();
    screen.getByRole('link', { name: 'smuggling of migrants' }).focus();
    await user.keyboard('/');
    expect(combobox).toHaveFocus();
    expect(combobox).toHaveValue('');
    // In the box itself "/" is just a character.
    await user.keyboard('a/b');
    expect(combobox).toHaveValue('a/b');
  });

  it('closes the list on Escape, then clears the box on a second Escape', async () => {
    const { user, combobox } = await openApp();
    await user.type(combobox, 'crime');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).toHaveValue('crime');
    // ArrowDown opens the list again.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    expect(activeOption(combobox)).toHaveAccessibleName('Cyber-crime');
    await user.keyboard('{Escape}{Escape}');
    expect(combobox).toHaveValue('');
    expect(combobox).toHaveFocus();
  });

  it('leaves an open definition open when Escape only closes the list', async () => {
    const { user, combobox } = await openApp();
    await user.click(screen.getAllByRole('link', { name: 'cyber-crime' })[0]!);
    expect(screen.getByRole('region', { name: 'Cyber-crime' })).toBeInTheDocument();
    await user.type(combobox, 'corruption');
    await user.keyboard('{Escape}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('region', { name: 'Cyber-crime' })).toBeInTheDocument();
  });

  it('searches the article alone when the other files fail', async () => {
    const broken = () => new Response('gone', { status: 404, statusText: 'Not Found' });
    const { user, combobox } = await openApp({
      'entities.json': broken,
      'crime-categories.json': broken,
      'instruments.json': broken,
      'mdgs.json': broken,
      'terms.json': broken,
    });
    await user.type(combobox, 'cybercrime');
    const listbox = screen.getByRole('listbox');
    expect(within(listbox).getAllByRole('group')).toHaveLength(1);
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([expect.stringMatching(/^Paragraph 1/), expect.stringMatching(/^Paragraph 6/)]);
    expect(
      screen.getByText('Some of the data could not be loaded, so some results may be missing.'),
    ).toBeInTheDocument();
  });
});
