// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSources } from '../../src/data/collect-sources';
import { selectDocuments } from '../../src/data/documents-query';
import { publisherHostOf, publisherHosts } from '../../src/data/publisher-hosts';
import { resolveSource } from '../../src/data/resolve-source';
import { documentsFileSchema } from '../../src/data/schemas/documents';
import { unlinkedAllowList } from './unlinked-allow-list';

/*
 * The rules a reader relies on when following a source: every citation names a document that
 * exists, links to where its publisher keeps it (or says why it cannot), calls a reproduction a
 * reproduction, and never rests on a site no reference tool should cite.
 */

const dataDir = join(process.cwd(), 'public', 'data');
const read = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
const documentsFile = documentsFileSchema.parse(read('documents.json'));
const index = selectDocuments(documentsFile);
const dataFiles = readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'documents.json');
const places = dataFiles.flatMap((file) => collectSources(file, read(file)));
const resolved = places.map((place) => ({ place, resolved: resolveSource(place.source, index) }));

/** Sites no reference tool should cite for a fact: essay mills, notes marketplaces, wikis, blogs. */
const bannedHost =
  /(?:^|\.)(?:stuvia\.com|studocu\.com|coursehero\.com|ukessays\.com|buenastareas\.com|ipl\.org|phishingbox\.com|icannwiki\.org|dombillings\.com)$|wiki/i;

const allUrls = [
  ...documentsFile.documents.flatMap((doc) => (doc.url ? [[doc.id, doc.url] as const] : [])),
  ...documentsFile.copies.flatMap((copy) => (copy.url ? [[copy.id, copy.url] as const] : [])),
];

describe('documents.json', () => {
  it('finds citations in every data file', () => {
    for (const file of dataFiles.filter((f) => f !== 'article.json'))
      expect(
        places.some((place) => place.file === file),
        file,
      ).toBe(true);
  });

  it('resolves every citation to a document, and every "read in" to a copy', () => {
    const dangling = places
      .filter(
        ({ source }) =>
          !index.documents[source.doc] ||
          (source.readIn !== undefined && !index.copies[source.readIn]),
      )
      .map(({ file, path, source }) => `${file} ${path}: ${source.doc} / ${source.readIn ?? ''}`);
    expect(dangling).toEqual([]);
  });

  it('keeps no record that nothing cites', () => {
    const cited = new Set(places.flatMap(({ source }) => [source.doc, source.readIn]));
    const unused = [...documentsFile.documents, ...documentsFile.copies]
      .map((record) => record.id)
      .filter((id) => !cited.has(id));
    expect(unused).toEqual([]);
  });

  it('names each document once: no two records share a symbol, an address, or a title and date', () => {
    const keys = (doc: (typeof documentsFile.documents)[number]) => [
      doc.symbol && `${doc.kind} symbol ${doc.symbol}`,
      doc.url && `url ${doc.url}`,
      `${doc.kind} title ${doc.title.toLowerCase()} ${doc.date ?? ''}`,
    ];
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const doc of documentsFile.documents) {
      for (const key of keys(doc)) {
        if (!key) continue;
        const other = seen.get(key);
        if (other) clashes.push(`${other} and ${doc.id}: ${key}`);
        seen.set(key, doc.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('links', () => {
  it('links at least 95 % of citations to a document or to the copy they were read in', () => {
    const linked = resolved.filter(({ resolved: r }) => r?.href !== undefined).length;
    expect(linked / places.length).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves a document unlinked only if the allow-list names it, with its reason', () => {
    const unlinked = documentsFile.documents
      .filter((doc) => doc.url === undefined)
      .map((doc) => doc.id)
      .sort();
    expect(unlinked).toEqual(Object.keys(unlinkedAllowList).sort());
    for (const reason of Object.values(unlinkedAllowList))
      expect(reason.length).toBeGreaterThan(20);
  });

  it('links every official document to its publisher’s own host', () => {
    const offHost = documentsFile.documents
      .filter((doc) => doc.kind !== 'secondary' && doc.url && !publisherHostOf(doc.url))
      .map((doc) => `${doc.id}: ${doc.url}`);
    expect(offHost).toEqual([]);
  });

  it('calls a source primary only when it was read at a publisher’s host', () => {
    for (const { place, resolved: r } of resolved) {
      if (r?.reliability !== 'primary') continue;
      expect(publisherHostOf(r.doc.url ?? ''), `${place.file} ${place.path}`).toBeDefined();
      expect(r.copy, `${place.file} ${place.path}`).toBeUndefined();
    }
  });

  it('cites no essay site, notes marketplace, wiki or vendor blog', () => {
    expect(allUrls.filter(([, url]) => bannedHost.test(new URL(url).host))).toEqual([]);
    const names = [...documentsFile.documents, ...documentsFile.copies].map((r) =>
      'site' in r ? `${r.title} ${r.site}` : `${r.title} ${r.publisher}`,
    );
    expect(names.filter((name) => /stuvia|phishingbox|icannwiki/i.test(name))).toEqual([]);
  });

  it('links a UN symbol only to the resolver address of that same symbol', () => {
    for (const doc of documentsFile.documents) {
      if (!doc.url) continue;
      const url = new URL(doc.url);
      if (url.host === 'undocs.org') {
        const symbol = decodeURIComponent(url.pathname.replace(/^\/(?:en\/)?/, ''));
        expect(symbol, doc.id).toBe(doc.symbol);
      }
      if (url.host === 'treaties.un.org' && url.searchParams.has('mtdsg_no')) {
        expect(url.searchParams.get('mtdsg_no'), doc.id).toBe(doc.symbol);
      }
    }
  });

  it('writes every publisher host once, with the reason it counts', () => {
    const hosts = publisherHosts.map((entry) => entry.host);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const entry of publisherHosts) expect(entry.why.length, entry.host).toBeGreaterThan(15);
  });
});

describe('the same document, the same facts', () => {
  const instruments = read('instruments.json') as {
    instruments: {
      id: string;
      officialTitle: string;
      adoption?: { date: string; resolution?: { symbol: string } };
    }[];
  };
  const bySymbol = new Map(
    documentsFile.documents.flatMap((doc) => (doc.symbol ? [[doc.symbol, doc] as const] : [])),
  );

  it('gives a treaty the title and date of its document record', () => {
    for (const instrument of instruments.instruments) {
      const doc = index.documents[instrument.id];
      expect(doc, instrument.id).toBeDefined();
      expect(doc?.title, instrument.id).toBe(instrument.officialTitle);
      if (instrument.adoption) expect(doc?.date, instrument.id).toBe(instrument.adoption.date);
    }
  });

  it('dates an adopting resolution as its document record does', () => {
    for (const instrument of instruments.instruments) {
      const symbol = instrument.adoption?.resolution?.symbol;
      if (!symbol) continue;
      const doc = bySymbol.get(symbol);
      // A resolution the data names but no longer cites need not have a record.
      if (doc) expect(doc.date, symbol).toBe(instrument.adoption?.date);
    }
    const mdgs = read('mdgs.json') as {
      declaration: { symbol: string; adopted: string; title: string };
    };
    const declaration = bySymbol.get(mdgs.declaration.symbol);
    expect(declaration?.date).toBe(mdgs.declaration.adopted);
    expect(declaration?.title).toBe(mdgs.declaration.title);
    const crimes = read('crime-categories.json') as {
      sdgAgenda: { title: string; adopted: string };
    };
    const agenda = bySymbol.get('A/RES/70/1');
    expect(agenda?.title).toBe(crimes.sdgAgenda.title);
    expect(agenda?.date).toBe(crimes.sdgAgenda.adopted);
  });

  it('says why a copy has no address', () => {
    const silent = documentsFile.copies.filter((copy) => !copy.url && !copy.note).map((c) => c.id);
    expect(silent).toEqual([]);
  });

  it('dates every party count, checked on or after its "as at" day, on the depositary’s page', () => {
    const file = read('instruments.json') as {
      instruments: {
        id: string;
        parties: { asOf: string; checked: string; source: { doc: string } }[];
      }[];
    };
    for (const instrument of file.instruments) {
      for (const count of instrument.parties) {
        expect(count.checked >= count.asOf, instrument.id).toBe(true);
        const doc = index.documents[count.source.doc];
        const host = doc?.url ? new URL(doc.url).host : '';
        // UNCAC's latest dated count is UNIS Vienna's; every other one is the depositary's.
        expect(['treaties.un.org', 'unis.unvienna.org'], instrument.id).toContain(host);
      }
    }
  });
});

describe('the README', () => {
  it('shows the publisher hosts exactly as the code lists them', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `([^`]+)`\s*\|/gm)].map((m) => m[1]);
    expect(listed).toEqual(publisherHosts.map((entry) => entry.host));
  });
});
