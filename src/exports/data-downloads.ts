import { createHash } from 'node:crypto';
import {
  dataManifestSchema,
  type DataManifest,
  type ManifestEntry,
  type ManifestFile,
} from '../data/schemas/data-manifest';
import type { Artifact, DataReader } from './artifacts';
import { buildArticleMarkdown } from './article-markdown';
import {
  ANNOTATIONS_FILE,
  CC_BY_URL,
  EXPORT_FOLDER,
  MANIFEST_FILE,
  MARKDOWN_FILE,
  MENTIONS_FILE,
  describeDataFile,
  describeDownloads,
  schemaPathOf,
} from './download-catalog';
import { dataFileNames, dataFiles, loadExportData } from './export-data';
import { jsonSchemaOf } from './json-schemas';
import { buildMentionsCsv } from './mentions-csv';
import { buildAnnotationCollection, describePositions } from './web-annotations';

/*
 * The Data page's downloads (issue 11, part 3), made from public/data at build time into
 * data/v1/: the annotations, the mentions table, the article in Markdown, every data file with
 * its JSON Schema, and index.json listing them all with sizes and checksums.
 */

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

type Body = { path: string; type: string; body: string };

function fileRecord(file: Body): ManifestFile {
  const bytes = Buffer.from(file.body, 'utf8');
  return {
    path: file.path,
    mediaType: file.type,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

export async function dataDownloads(read: DataReader): Promise<Artifact[]> {
  const data = loadExportData(read);
  const schemaType = 'application/schema+json';

  const madeBodies: Record<string, string> = {
    [ANNOTATIONS_FILE]: json(buildAnnotationCollection(data)),
    [MENTIONS_FILE]: buildMentionsCsv(data),
    [MARKDOWN_FILE]: buildArticleMarkdown(data),
  };
  const files: Body[] = [];
  const downloads: ManifestEntry[] = describeDownloads(data).map(
    ({ path, mediaType, ...words }) => {
      const file = { path, type: mediaType, body: madeBodies[path]! };
      files.push(file);
      return { ...words, file: fileRecord(file) };
    },
  );

  const dataFileEntries: ManifestEntry[] = dataFileNames.map((name) => {
    const raw = data.raw[name] as { version: number };
    const { mediaType, ...words } = describeDataFile(name, raw.version);
    // The file as read, not as parsed: parsing drops keys the explorer does not use.
    const file = { path: name, type: mediaType, body: json(raw) };
    const schema = {
      path: schemaPathOf(name),
      type: schemaType,
      body: json(jsonSchemaOf(dataFiles[name], words)),
    };
    files.push(file, schema);
    return { ...words, file: fileRecord(file), schema: fileRecord(schema) };
  });

  const manifestSchema = {
    path: schemaPathOf(MANIFEST_FILE),
    type: schemaType,
    body: json(
      jsonSchemaOf(dataManifestSchema, {
        title: 'The Data page’s manifest (index.json)',
        description:
          'Every download of the Crime Congress 2010 explorer, with its format, version, licence, changelog, size and SHA-256 checksum. Paths are relative to index.json.',
      }),
    ),
  };
  files.push(manifestSchema);

  const { meta } = data.article;
  const manifest: DataManifest = dataManifestSchema.parse({
    version: 1,
    title: 'Crime Congress 2010 explorer: the data',
    description: `Everything the explorer knows about “${meta.headline}” (${meta.publisher.name}), to take away: the mentions as W3C Web Annotations and as a table, the article in Markdown with its footnotes, and every data file with its JSON Schema. Made at build time from the files the explorer loads; paths are relative to this file and stay put for version 1.`,
    article: {
      headline: meta.headline,
      publisher: meta.publisher.name,
      datePublished: meta.datePublished,
      url: meta.url,
    },
    positions: describePositions(data),
    licence: {
      text: 'The team’s own descriptions, notes, annotations and data compilation are licensed CC BY 4.0. The article’s text is © United Nations (UN News); treaty texts and UN documents are their publishers’.',
      url: CC_BY_URL,
    },
    schema: fileRecord(manifestSchema),
    downloads,
    dataFiles: dataFileEntries,
  });
  files.push({ path: MANIFEST_FILE, type: 'application/json', body: json(manifest) });

  return files.map((file) => ({ ...file, path: `${EXPORT_FOLDER}/${file.path}` }));
}
