import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/data/check-article';
import { checkReferences } from '../../src/data/check-references';
import { articleFileSchema, type ArticleFile } from '../../src/data/schemas/article';
import { entitiesFileSchema, type EntitiesFile } from '../../src/data/schemas/entities';
import { textOf } from '../../src/data/text-sources';
import { readDataJson } from '../test-utils';
import { fixtureUrl, sharedSeedExists, sharedSeedUrl, sourceText } from './source-text';

const article: ArticleFile = articleFileSchema.parse(readDataJson('article.json'));
const entitiesFile: EntitiesFile = entitiesFileSchema.parse(readDataJson('entities.json'));

describe('the source text fixture', () => {
  it('has the page’s six body paragraphs after the photo credit', () => {
    expect(sourceText.paragraphs).toHaveLength(6);
    expect(sourceText.photoCredit).toBe('Photo: Raimond Spekking');
  });

  it.skipIf(!sharedSeedExists)('is still identical to the shared seed', () => {
    expect(readFileSync(fixtureUrl, 'utf8')).toBe(readFileSync(sharedSeedUrl, 'utf8'));
  });
});

describe('article.json', () => {
  it('passes its schema and the checks the app runs on load', () => {
    expect(checkArticle(article)).toBeNull();
  });

  it('holds the body paragraphs character for character, in order', () => {
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(sourceText.paragraphs);
  });

  it('holds the headline, tagline and photo credit exactly as printed', () => {
    expect(article.meta.headline).toBe(sourceText.headline);
    expect(article.meta.publisher.tagline).toBe('Global perspective Human stories');
    expect(article.meta.publisher.tagline).toBe(sourceText.tagline);
    expect(article.meta.photoCredit).toBe(sourceText.photoCredit);
    expect(article.meta.url).toBe('https://news.un.org/en/story/2010/04/335002');
    expect(article.meta.datePublished).toBe('2010-04-12');
  });

  it('quotes, for every annotation, exactly the text at its offsets', () => {
    for (const annotation of article.annotations) {
      const [position, quote] = annotation.target.selector;
      const text = textOf(article, annotation.target.source) ?? '';
      expect(text.slice(position.start, position.end), annotation.id).toBe(quote.exact);
      expect(text.slice(0, position.start).endsWith(quote.prefix), annotation.id).toBe(true);
      expect(text.slice(position.end).startsWith(quote.suffix), annotation.id).toBe(true);
    }
  });

  it('names only entities that entities.json defines, and every entity is mentioned', () => {
    expect(checkReferences(article, entitiesFile)).toBeNull();
    const defined = new Set(entitiesFile.entities.map((entity) => entity.id));
    const named = new Set(article.annotations.flatMap((annotation) => annotation.entities));
    expect([...named].filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined].filter((id) => !named.has(id))).toEqual([]);
  });

  it('marks the photo credit as the only mention of Raimond Spekking', () => {
    const mentions = article.annotations.filter((a) => a.entities.includes('raimond-spekking'));
    expect(mentions.map((a) => a.target.source)).toEqual(['photoCredit']);
  });

  it('lets one mention stand for the three Protocols', () => {
    const protocols = article.annotations.find(
      (a) => a.target.selector[1].exact === 'its three additional Protocols',
    );
    expect(protocols?.entities).toEqual([
      'trafficking-protocol',
      'smuggling-protocol',
      'firearms-protocol',
    ]);
  });

  it('nests "Transnational Organized Crime" inside the Convention’s name', () => {
    const [convention, crime] = ['untoc', 'transnational-organized-crime'].map((id) =>
      article.annotations.find((a) => a.entities.includes(id)),
    );
    const outer = convention?.target.selector[0];
    const inner = crime?.target.selector[0];
    expect(outer && inner && inner.start >= outer.start && inner.end <= outer.end).toBe(true);
  });

  it('models the quotation that runs from paragraph 5 into paragraph 6 without a closing mark', () => {
    const runOn = article.quotations.find((q) => q.parts.length > 1);
    expect(runOn?.parts.map((part) => [part.source, part.closesWithMark])).toEqual([
      ['p5', false],
      ['p6', true],
    ]);
    const p5 = textOf(article, 'p5') ?? '';
    const first = runOn?.parts[0];
    expect(first && p5.slice(first.start, first.end)).toMatch(/^“We are all affected by crime/);
    expect(first?.end).toBe(p5.length);
  });

  it('attributes every quotation to the Secretary-General', () => {
    expect(new Set(article.quotations.map((q) => q.speaker))).toEqual(new Set(['ban-ki-moon']));
  });

  it('declares its offset unit', () => {
    expect(article.offsetUnit).toBe('utf-16-code-unit');
  });
});

describe('entities.json', () => {
  it('names every crime category the article names', () => {
    const crimes = entitiesFile.entities.filter((e) => e.type === 'crime').map((e) => e.id);
    expect(crimes.sort()).toEqual(
      [
        'organized-crime',
        'transnational-organized-crime',
        'cyber-crime',
        'environmental-crime',
        'counterfeiting',
        'corruption',
        'money-laundering',
        'trafficking-in-persons',
        'smuggling-of-migrants',
        'firearms-trafficking',
      ].sort(),
    );
  });

  it('calls each crime category and treaty by the same name in entities.json and the panels’ files', () => {
    const crimes = readDataJson<{ categories: { id: string; name: string }[] }>(
      'crime-categories.json',
    );
    for (const category of crimes.categories) {
      expect(entitiesFile.entities.find((e) => e.id === category.id)?.name, category.id).toBe(
        category.name,
      );
    }
  });

  it('gives every entity a description and at least one source with a title', () => {
    for (const entity of entitiesFile.entities) {
      expect(entity.description.length, entity.id).toBeGreaterThan(20);
      expect(entity.sources.length, entity.id).toBeGreaterThan(0);
    }
  });
});

describe('index.html', () => {
  const html = readFileSync('index.html', 'utf8');
  const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];

  const data = JSON.parse(jsonLd ?? '{}') as {
    '@type': string;
    about: Record<string, unknown> & { publisher: { name: string } };
    citation: {
      '@type': string;
      name: string;
      legislationIdentifier: string;
      legislationDate: string;
    }[];
  };

  it('describes the explorer as a web page about the UN News article, which agrees with article.json', () => {
    expect(data['@type']).toBe('WebPage');
    expect(data.about['@type']).toBe('NewsArticle');
    expect(data.about.headline).toBe(article.meta.headline);
    expect(data.about.datePublished).toBe(article.meta.datePublished);
    expect(data.about.url).toBe(article.meta.url);
    expect(data.about.publisher.name).toBe(article.meta.publisher.name);
  });

  it('cites each treaty it explains by its title, identifier and date, as documents.json has them', () => {
    const documents = JSON.parse(readFileSync('public/data/documents.json', 'utf8')) as {
      documents: { kind: string; title: string; symbol?: string; date?: string }[];
    };
    const treaties = documents.documents.filter((doc) => doc.kind === 'treaty');
    expect(data.citation.map((item) => item.name).sort()).toEqual(
      treaties.map((t) => t.title).sort(),
    );
    for (const item of data.citation) {
      const doc = treaties.find((t) => t.title === item.name)!;
      expect(item['@type']).toBe('Legislation');
      expect(item.legislationDate).toBe(doc.date);
      expect(item.legislationIdentifier).toContain(doc.symbol);
    }
  });
});
