import type { Artifact, DataReader } from './artifacts';

/** The formatted citations and their downloads (issue 11, part 2): being built. */
export async function citationArtifacts(read: DataReader): Promise<Artifact[]> {
  void read;
  return [];
}
