import type { Artifact, DataReader } from './artifacts';

/** The data downloads of the Data page (issue 11, part 3): being built. */
export async function dataDownloads(read: DataReader): Promise<Artifact[]> {
  void read;
  return [];
}
