import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import type { DataManifest } from '../../src/data/schemas/data-manifest';
import { dataDownloads } from '../../src/exports/data-downloads';
import { DataPage } from '../../src/features/data-page/data-page';
import { formatUnDate } from '../../src/ui/format-date';
import { readDataJson, render, screen, serveDataFiles, within } from '../test-utils';

/*
 * "The data" (data.html) as a reader meets it, listed from the manifest the build writes from the
 * real files. What the page should say comes from that manifest and from the data.
 */

const artifacts = await dataDownloads((file) => readDataJson(file));
const manifestBody = artifacts.find((artifact) => artifact.path === 'data/v1/index.json')!.body;
const manifest = JSON.parse(manifestBody) as DataManifest;
const serveManifest = () => new Response(manifestBody, { status: 200 });

function renderPage() {
  const user = userEvent.setup();
  render(
    <Providers client={createQueryClient()}>
      <DataPage />
    </Providers>,
  );
  return { user };
}

async function openPage() {
  serveDataFiles({ 'v1/index.json': serveManifest() });
  const rendered = renderPage();
  await screen.findByRole('heading', { level: 3, name: manifest.downloads[0]!.title });
  return rendered;
}

describe('The data page', () => {
  it('says politely that the list is loading, then shows the page in its landmarks', async () => {
    serveDataFiles({ 'v1/index.json': serveManifest() });
    renderPage();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the list of downloads…');
    expect(screen.getByRole('heading', { level: 1, name: 'The data' })).toBeInTheDocument();
    await screen.findByRole('heading', { level: 3, name: manifest.downloads[0]!.title });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual([
      'Downloads',
      'Data files',
      'How positions are counted',
      'Opening the files',
      'Licence',
      'The list as data',
    ]);
    for (const landmark of ['banner', 'contentinfo'] as const) {
      expect(
        within(screen.getByRole(landmark)).getByRole('link', { name: 'Back to the article' }),
      ).toHaveAttribute('href', './');
    }
  });

  it('offers each download with what it is, its format, version, licence and changes', async () => {
    await openPage();
    const downloads = screen.getByRole('region', { name: 'Downloads' });
    for (const entry of manifest.downloads) {
      const section = within(downloads).getByRole('region', { name: entry.title });
      const name = entry.file.path;
      const link = within(section).getByRole('link', { name: new RegExp(`^Download ${name} \\(`) });
      expect(link).toHaveAttribute('href', `/data/v1/${name}`);
      expect(link).toHaveAttribute('download', name);
      expect(section).toHaveTextContent(entry.description);
      expect(section).toHaveTextContent(`Format${entry.format}`);
      expect(section).toHaveTextContent(`Version${entry.version}`);
      expect(section).toHaveTextContent(`Licence${entry.licence.text}`);
      for (const spec of entry.conformsTo)
        expect(
          within(section).getByRole('link', {
            name: new RegExp(spec.name.replace(/[()]/g, '\\$&')),
          }),
        ).toHaveAttribute('href', spec.url);
      const changes = within(section)
        .getAllByRole('listitem')
        .filter((item) => item.querySelector('time'));
      expect(changes.map((item) => item.textContent)).toEqual(
        entry.changelog.map((change) => `${formatUnDate(change.date)}: ${change.change}`),
      );
    }
    // The three exports, by their files.
    expect(manifest.downloads.map((entry) => entry.file.path)).toEqual([
      'annotations.jsonld',
      'mentions.csv',
      'article.md',
    ]);
  });

  it('lists every data file with its JSON Schema', async () => {
    await openPage();
    const files = screen.getByRole('region', { name: 'Data files' });
    const names = [
      'article.json',
      'entities.json',
      'documents.json',
      'instruments.json',
      'crime-categories.json',
      'terms.json',
      'mdgs.json',
      'sdgs.json',
      'context-notes.json',
      'timeline.json',
      'comparisons.json',
    ];
    expect(manifest.dataFiles.map((entry) => entry.file.path)).toEqual(names);
    for (const entry of manifest.dataFiles) {
      const section = within(files).getByRole('region', { name: entry.title });
      const schemaName = entry.schema!.path.replace('schemas/', '');
      expect(
        within(section).getByRole('link', { name: new RegExp(`^Download ${entry.file.path} `) }),
      ).toHaveAttribute('href', `/data/v1/${entry.file.path}`);
      expect(
        within(section).getByRole('link', { name: new RegExp(`^JSON Schema ${schemaName} `) }),
      ).toHaveAttribute('href', `/data/v1/schemas/${schemaName}`);
      const version = (readDataJson(entry.file.path) as { version: number }).version;
      expect(section).toHaveTextContent(`Version${version}`);
    }
  });

  it('says how positions are counted, and that the article’s text is the UN’s', async () => {
    await openPage();
    const positions = screen.getByRole('region', { name: 'How positions are counted' });
    expect(positions).toHaveTextContent('Unicode code points');
    expect(positions).toHaveTextContent('UTF-16 code units');
    expect(positions).toHaveTextContent(manifest.positions);
    const licence = screen.getByRole('region', { name: 'Licence' });
    expect(licence).toHaveTextContent('The article’s text is © United Nations (UN News)');
    expect(within(licence).getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    const list = screen.getByRole('region', { name: 'The list as data' });
    expect(within(list).getByRole('link', { name: /index\.json/ })).toHaveAttribute(
      'href',
      '/data/v1/index.json',
    );
    expect(within(list).getByRole('link', { name: /index\.schema\.json/ })).toHaveAttribute(
      'href',
      '/data/v1/schemas/index.schema.json',
    );
  });

  it('says so when the list cannot be loaded, and Retry brings it', async () => {
    serveDataFiles({
      'v1/index.json': (attempt) =>
        attempt === 1
          ? new Response('Not found', { status: 404, statusText: 'Not Found' })
          : serveManifest(),
    });
    const { user } = renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The list of downloads could not be shown.');
    expect(alert).toHaveTextContent('v1/index.json could not be loaded');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 3, name: manifest.downloads[0]!.title }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a list whose paths would lead off the site', async () => {
    const bad = structuredClone(manifest);
    bad.downloads[0]!.file.path = 'javascript:alert(1)';
    serveDataFiles({ 'v1/index.json': new Response(JSON.stringify(bad), { status: 200 }) });
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('must be a relative path');
    expect(screen.queryByRole('link', { name: /^Download / })).not.toBeInTheDocument();
  });
});
