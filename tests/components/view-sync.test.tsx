import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/state/persisted-view';
import { startViewSync } from '../../src/state/view-sync';
import { renderApp, screen, serveDataFiles, waitFor, within } from '../test-utils';

let stop: (() => void) | null = null;

function openAt(address: string) {
  window.history.replaceState(null, '', address);
  stop = startViewSync(window);
  serveDataFiles();
  return renderApp();
}

afterEach(() => {
  stop?.();
  stop = null;
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

const crimeToggle = (name: RegExp) =>
  within(screen.getByRole('group', { name: 'Crime type' })).getByRole('button', { name });

describe('the view in the address', () => {
  it('restores filters and an open definition from a shared address', async () => {
    openAt('/?crime=smuggling-of-migrants&open=trafficking-in-persons');
    expect(
      await screen.findByRole('region', { name: 'Trafficking in persons' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(crimeToggle(/^Smuggling of migrants/)).toHaveAttribute('aria-pressed', 'true'),
    );
  });

  it('writes each selection to the address, and Back walks back through them', async () => {
    const { user } = openAt('/');
    await screen.findAllByRole('link', { name: 'cyber-crime' });
    await user.click(crimeToggle(/^Cyber-crime/));
    await waitFor(() => expect(window.location.search).toBe('?crime=cyber-crime'));
    await user.click(crimeToggle(/^Corruption/));
    await waitFor(() => expect(window.location.search).toBe('?crime=cyber-crime,corruption'));

    window.history.back();
    await waitFor(() =>
      expect(crimeToggle(/^Corruption/)).toHaveAttribute('aria-pressed', 'false'),
    );
    expect(crimeToggle(/^Cyber-crime/)).toHaveAttribute('aria-pressed', 'true');
    window.history.back();
    await waitFor(() =>
      expect(crimeToggle(/^Cyber-crime/)).toHaveAttribute('aria-pressed', 'false'),
    );
  });

  it('waits for the paint to write the address, yet keeps two quick changes as two entries', async () => {
    openAt('/');
    await screen.findAllByRole('link', { name: 'cyber-crime' });
    // Two toggles in one task: the address is written after the frame, one entry per change.
    crimeToggle(/^Cyber-crime/).click();
    crimeToggle(/^Corruption/).click();
    expect(window.location.search).toBe('');
    await waitFor(() => expect(window.location.search).toBe('?crime=cyber-crime,corruption'));
    // Back lands between the two: each change has its own entry.
    window.history.back();
    await waitFor(() =>
      expect(crimeToggle(/^Corruption/)).toHaveAttribute('aria-pressed', 'false'),
    );
    expect(window.location.search).toBe('?crime=cyber-crime');
  });

  it('says so, politely, when the address names a crime type that does not exist', async () => {
    openAt('/?crime=piracy');
    expect(
      await screen.findByText('No crime type called “piracy”. Showing everything.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Strengthened/ }),
    ).toBeInTheDocument();
    await screen.findAllByRole('link', { name: 'cyber-crime' });
    expect(
      screen.getByRole('group', { name: 'Crime type' }).querySelectorAll('[aria-pressed="true"]'),
    ).toHaveLength(0);
  });
});

describe('the card’s Back and the browser’s Back', () => {
  it('walk the same trail: the card’s Back adds no history entry', async () => {
    const { user } = openAt('/');
    await user.click((await screen.findAllByRole('link', { name: 'organized crime' }))[0]!);
    const first = await screen.findByRole('region', { name: 'Organized crime' });
    await waitFor(() => expect(window.location.search).toBe('?open=organized-crime'));
    const untoc = await within(first).findByRole('link', {
      name: 'UN Convention against Transnational Organized Crime',
    });
    await user.click(untoc);
    await screen.findByRole('region', {
      name: 'UN Convention against Transnational Organized Crime',
    });
    await waitFor(() => expect(window.location.search).toBe('?open=untoc'));
    const entries = window.history.length;

    await user.click(screen.getByRole('button', { name: '← Back' }));
    expect(await screen.findByRole('region', { name: 'Organized crime' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?open=organized-crime'));
    expect(window.history.length).toBe(entries);

    // The browser's Back now goes on back, to before the first card, not forward to the one left.
    window.history.back();
    expect(await screen.findByRole('region', { name: 'Definitions' })).toBeInTheDocument();
    expect(window.location.search).toBe('');
    // And Forward walks the trail again, with its Back step.
    window.history.forward();
    expect(await screen.findByRole('region', { name: 'Organized crime' })).toBeInTheDocument();
    window.history.forward();
    const deeper = await screen.findByRole('region', {
      name: 'UN Convention against Transnational Organized Crime',
    });
    expect(within(deeper).getByRole('button', { name: '← Back' })).toBeInTheDocument();
  });
});

describe('a shared address with an id the explorer lacks', () => {
  it('says what is shown when the rest of the address still applies', async () => {
    openAt('/?crime=bogus,corruption');
    expect(
      await screen.findByText('No crime type called “bogus”. The filter for corruption is on.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(crimeToggle(/^Corruption/)).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.queryByText(/showing all/i)).toBeNull();
  });
});

describe('the remembered view', () => {
  it('says it was restored, and Start fresh leaves it and forgets it', async () => {
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: STORAGE_VERSION,
        crimes: ['corruption'],
        topics: [],
        open: 'uncac',
        expanded: ['uncac'],
      }),
    );
    const { user } = openAt('/');
    const notice = await screen.findByText('Restored your last view, saved in this browser.');
    await waitFor(() => expect(crimeToggle(/^Corruption/)).toHaveAttribute('aria-pressed', 'true'));
    await user.click(screen.getByRole('button', { name: 'Start fresh' }));
    expect(notice).not.toBeInTheDocument();
    expect(crimeToggle(/^Corruption/)).toHaveAttribute('aria-pressed', 'false');
    expect(await screen.findByRole('heading', { name: 'Definitions' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
    await waitFor(() =>
      expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({
        crimes: [],
        topics: [],
        open: null,
        expanded: [],
      }),
    );
  });

  it('says nothing of a restored view on an address that names one', async () => {
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: STORAGE_VERSION, crimes: ['corruption'], topics: [], open: null }),
    );
    openAt('/?crime=cyber-crime');
    await screen.findAllByRole('link', { name: 'cyber-crime' });
    expect(screen.queryByText(/Restored your last view/)).toBeNull();
  });

  it('comes back on the plain address', async () => {
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: STORAGE_VERSION,
        crimes: ['corruption'],
        topics: [],
        open: 'uncac',
      }),
    );
    openAt('/');
    expect(
      await screen.findByRole('region', { name: /Convention against Corruption|UNCAC/ }),
    ).toBeInTheDocument();
    await waitFor(() => expect(crimeToggle(/^Corruption/)).toHaveAttribute('aria-pressed', 'true'));
    await waitFor(() => expect(window.location.search).toBe('?crime=corruption&open=uncac'));
  });

  it('gives way to an address that names a view', async () => {
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: STORAGE_VERSION, crimes: ['corruption'], topics: [], open: null }),
    );
    openAt('/?crime=cyber-crime');
    await screen.findAllByRole('link', { name: 'cyber-crime' });
    await waitFor(() =>
      expect(crimeToggle(/^Cyber-crime/)).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(crimeToggle(/^Corruption/)).toHaveAttribute('aria-pressed', 'false');
  });

  it('is dropped without harm when it is corrupt', async () => {
    window.localStorage.setItem(STORAGE_KEY, '{not json');
    openAt('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Strengthened/ }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
  });
});
