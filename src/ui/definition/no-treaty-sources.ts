import type { Source } from '../../data/schemas/common';
import type { CrimeCategory } from '../../data/schemas/reference';

export type NoTreatyDefinition = Extract<CrimeCategory['definition'], { kind: 'none' }>;

export const descriptionsOf = (definition: NoTreatyDefinition) =>
  [definition.description, ...(definition.otherDescriptions ?? [])].flatMap((d) => (d ? [d] : []));

/** What a category no treaty defines is cited to: its own sources, then each description's. */
export function noTreatySources(definition: NoTreatyDefinition): Source[] {
  return [...definition.sources, ...descriptionsOf(definition).map((d) => d.source)];
}
