import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Providers } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import { ComparePage } from '../../src/features/compare/compare-page';
import { readDataJson, render, screen, serveDataFiles, within } from '../test-utils';

/*
 * "Definitions side by side" (compare.html) as a reader meets it, from the real files in
 * public/data: the address names the items, the picker changes them (and the address), and the
 * trafficking/smuggling table is a real table whose cells quote or are marked as our reading.
 */

type TermsJson = { terms: { id: string; term: string; text: string }[] };
const terms = readDataJson<TermsJson>('terms.json').terms;
const termText = (id: string) => terms.find((term) => term.id === id)!.text;

function openAt(search: string) {
  window.history.replaceState(null, '', `/compare.html${search}`);
  serveDataFiles();
  const user = userEvent.setup();
  render(
    <Providers client={createQueryClient()}>
      <ComparePage />
    </Providers>,
  );
  return { user };
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('Definitions side by side', () => {
  it('lays trafficking and smuggling out as a table with caption, column and row headers', async () => {
    openAt('?items=trafficking-in-persons,smuggling-of-migrants');
    const table = await screen.findByRole('table', { name: /element by element/ });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(columns).toEqual(['Element', 'Trafficking in persons', 'Smuggling of migrants']);
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(rows).toEqual([
      'The act',
      'The means',
      'The purpose',
      'The person’s consent',
      'Must a border be crossed?',
      'Who is harmed',
      'Where it is defined',
    ]);
    for (const th of table.querySelectorAll('thead th')) expect(th).toHaveAttribute('scope', 'col');
    for (const th of table.querySelectorAll('tbody th')) expect(th).toHaveAttribute('scope', 'row');

    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    const [tip, som] = within(row('The means')).getAllByRole('cell');
    expect(tip).toHaveTextContent('by means of the threat or use of force');
    expect(tip).toHaveTextContent('Trafficking in Persons Protocol, art. 3(a)');
    expect(tip).not.toHaveTextContent('Our reading');
    expect(som).toHaveTextContent(/^Our reading None is named/);
    expect(som).toHaveTextContent('(rests on Smuggling of Migrants Protocol, art. 3(a))');
    const [, border] = within(row('Must a border be crossed?')).getAllByRole('cell');
    expect(border).toHaveTextContent('Smuggling of Migrants Protocol, art. 3(b)');
    const [tipDefined, somDefined] = within(row('Where it is defined')).getAllByRole('cell');
    expect(tipDefined).toHaveTextContent('Trafficking in Persons Protocol, art. 3(a)');
    expect(somDefined).toHaveTextContent('Smuggling of Migrants Protocol, art. 6(1)(a)');
  });

  it('shows each definition word for word with its source, whatever the ids name', async () => {
    openAt('?items=smuggling-of-migrants-definition,trafficking-in-persons');
    await screen.findByRole('table');
    const words = screen.getByRole('region', { name: 'Word for word' });
    const smuggling = within(words).getByRole('article', { name: 'Smuggling of migrants' });
    expect(smuggling.querySelector('blockquote')).toHaveTextContent(
      termText('smuggling-of-migrants-definition'),
    );
    expect(await within(smuggling).findAllByText(/Read in a copy at/)).not.toHaveLength(0);
    expect(
      within(words)
        .getByRole('article', { name: 'Trafficking in persons' })
        .querySelector('blockquote'),
    ).toHaveTextContent(termText('trafficking-in-persons-definition').slice(0, 80));
  });

  it('compares any items: adds and removes them by name, and keeps the choice in the address', async () => {
    const { user } = openAt('?items=corruption');
    await screen.findByRole('article', { name: 'Corruption' });
    expect(screen.getByRole('article', { name: 'Corruption' })).toHaveTextContent(
      'No treaty definition to quote.',
    );
    expect(screen.queryByRole('table')).toBeNull();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Add a definition or crime category' }),
      'Money-laundering',
    );
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByRole('article', { name: 'Money-laundering' })).toBeInTheDocument();
    expect(window.location.search).toBe('?items=corruption,money-laundering');

    await user.click(screen.getByRole('button', { name: 'Remove Corruption' }));
    expect(screen.queryByRole('article', { name: 'Corruption' })).toBeNull();
    expect(window.location.search).toBe('?items=money-laundering');
    // Focus does not fall to the page's top with the button gone.
    expect(
      screen.getByRole('combobox', { name: 'Add a definition or crime category' }),
    ).toHaveFocus();
  });

  it('offers the ready-made table from one of its items, and says which ids it left out', async () => {
    openAt('?items=trafficking-in-persons,no-such-item');
    const link = await screen.findByRole('link', { name: /element by element/ });
    expect(link).toHaveAttribute(
      'href',
      '/compare.html?items=trafficking-in-persons,smuggling-of-migrants',
    );
    expect(screen.getByText(/Left out: “no-such-item” is not a definition/)).toBeInTheDocument();
  });
});
