import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dataManifestSchema } from '../../src/data/schemas/data-manifest';
import { buildArtifacts } from '../../src/exports/artifacts';
import { dataDownloads } from '../../src/exports/data-downloads';
import { readDataJson } from '../test-utils';
import { readRealData } from './export-fixtures';

/*
 * Everything the Data page offers, as the build writes it under data/v1/: the manifest lists
 * every file with its true size and checksum, every data file is the one the explorer loads,
 * and each validates against the JSON Schema generated for it, which a broken copy does not.
 */

const artifacts = await dataDownloads(readRealData);
const byPath = new Map(artifacts.map((artifact) => [artifact.path, artifact]));
const body = (path: string) => {
  const artifact = byPath.get(`data/v1/${path}`);
  if (!artifact) throw new Error(`no artifact at data/v1/${path}`);
  return artifact.body;
};
const manifest = dataManifestSchema.parse(JSON.parse(body('index.json')));
const entries = [...manifest.downloads, ...manifest.dataFiles];
const dataFileNames = [
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

function validatorFor(schemaPath: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(body(schemaPath)) as object);
}

describe('the data downloads', () => {
  it('are all under data/v1/, once each, and the build registers them', async () => {
    expect(artifacts.every((artifact) => artifact.path.startsWith('data/v1/'))).toBe(true);
    expect(byPath.size).toBe(artifacts.length);
    const all = (await buildArtifacts(readRealData)).map((artifact) => artifact.path);
    for (const artifact of artifacts) expect(all).toContain(artifact.path);
  });

  it('are listed in the manifest with their true size, checksum and type', () => {
    const listed = [
      manifest.schema,
      ...entries.flatMap((entry) => [entry.file, entry.schema ?? []].flat()),
    ];
    expect(listed.map((file) => `data/v1/${file.path}`).sort()).toEqual(
      artifacts
        .map((artifact) => artifact.path)
        .filter((path) => path !== 'data/v1/index.json')
        .sort(),
    );
    for (const file of listed) {
      const artifact = byPath.get(`data/v1/${file.path}`)!;
      const bytes = Buffer.from(artifact.body, 'utf8');
      expect(file.bytes, file.path).toBe(bytes.length);
      expect(file.sha256, file.path).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(file.mediaType, file.path).toBe(artifact.type);
    }
  });

  it('give every entry a version, a licence and a dated changelog', () => {
    for (const entry of entries) {
      expect(entry.version).toBe(1);
      expect(entry.licence.url).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(entry.changelog.length).toBeGreaterThan(0);
      const dates = entry.changelog.map((change) => change.date);
      expect([...dates].sort()).toEqual(dates);
    }
    const article = manifest.dataFiles.find((entry) => entry.id === 'article')!;
    expect(article.licence.text).toContain('© United Nations');
    expect(manifest.positions).toMatch(/Unicode code points.*UTF-16 code units/);
  });

  it('offer every data file, as the explorer loads it, with its JSON Schema', () => {
    expect(manifest.dataFiles.map((entry) => entry.file.path)).toEqual(dataFileNames);
    for (const name of dataFileNames) {
      expect(JSON.parse(body(name))).toEqual(readDataJson(name));
      const entry = manifest.dataFiles.find((candidate) => candidate.file.path === name)!;
      expect(entry.schema?.path).toBe(`schemas/${name.replace('.json', '')}.schema.json`);
      expect(entry.version).toBe((readDataJson(name) as { version: number }).version);
    }
  });

  it.each(dataFileNames)(
    '%s validates against its JSON Schema, and a broken copy does not',
    (name) => {
      const validate = validatorFor(`schemas/${name.replace('.json', '')}.schema.json`);
      const schema = JSON.parse(body(`schemas/${name.replace('.json', '')}.schema.json`)) as Record<
        string,
        unknown
      >;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const file = readDataJson<Record<string, unknown>>(name);
      expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ ...file, version: 2 })).toBe(false);
      const withoutVersion = { ...file };
      delete withoutVersion.version;
      expect(validate(withoutVersion)).toBe(false);
    },
  );

  it('says in JSON Schema what zod says with refinements: http(s) addresses and real dates', () => {
    const validate = validatorFor('schemas/documents.schema.json');
    const documents = readDataJson<{ checked: string; documents: { url?: string }[] }>(
      'documents.json',
    );
    const withUrl = (url: string) => ({
      ...documents,
      documents: documents.documents.map((doc, index) => (index === 0 ? { ...doc, url } : doc)),
    });
    expect(validate(withUrl('javascript:alert(1)'))).toBe(false);
    expect(validate(withUrl('HTTPS://treaties.un.org/'))).toBe(true);
    expect(validate({ ...documents, checked: '2026-02-30' })).toBe(false);
  });

  it('describe the manifest itself with a JSON Schema it passes', () => {
    const validate = validatorFor('schemas/index.schema.json');
    const parsed = JSON.parse(body('index.json')) as Record<string, unknown>;
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...parsed, downloads: [] })).toBe(false);
  });
});
