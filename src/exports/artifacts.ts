/*
 * Files the build writes beside the app (downloads, citations, schemas): made in Node from the
 * same data files the app loads, never in the browser. vite.config.ts emits them into dist/ and
 * serves them from the dev server; the tests call the same generators.
 */
import { citationArtifacts } from './citation-artifacts.ts';
import { dataDownloads } from './data-downloads.ts';

export type Artifact = {
  /** Path under the site's root, without a leading slash: "data/v1/mentions.csv". */
  path: string;
  /** The Content-Type the dev server sends; a static host decides by the file's ending. */
  type: string;
  body: string;
};

/** Reads one of public/data's files, parsed: the generators validate what they use. */
export type DataReader = (file: string) => unknown;

export async function buildArtifacts(read: DataReader): Promise<Artifact[]> {
  const all = [...(await dataDownloads(read)), ...(await citationArtifacts(read))];
  const paths = new Set<string>();
  for (const artifact of all) {
    if (paths.has(artifact.path)) throw new Error(`two artifacts write ${artifact.path}`);
    paths.add(artifact.path);
  }
  return all;
}
