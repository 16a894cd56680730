import type { CrimeCategory } from './schemas/reference';

export type DefinitionStatus = {
  /** After the mention count in a panel item: "defined by treaty". */
  summary: string;
  /** Before a card's (or a note's) definition: what the quoted text is, and is not. */
  lead: string | null;
};

/** The term a legal definition defines: its text opens with it in quotation marks. */
const definedTerm = (text: string) => /^["“]([^"”]+)["”]/.exec(text)?.[1];

/**
 * What a crime category's definition is, in one wording for the panel, the card, the handout and
 * the Markdown notes, so they cannot disagree. A category no treaty defines may still quote a
 * treaty's definition of a narrower term (TRIPS on "counterfeit trademark goods"): then both are
 * said, not "no treaty definition" beside a treaty's words. `treatyName` gives a treaty's short
 * name from a document id, or undefined for a document that is not a treaty.
 */
export function definitionStatus(
  category: CrimeCategory,
  treatyName: (doc: string) => string | undefined,
): DefinitionStatus {
  const { definition } = category;
  if (definition.kind === 'treaty') return { summary: 'defined by treaty', lead: null };
  for (const description of [definition.description, ...(definition.otherDescriptions ?? [])]) {
    if (!description?.quoted) continue;
    const treaty = treatyName(description.source.doc);
    const term = definedTerm(description.text);
    if (!treaty || !term) continue;
    const where = description.source.pinpoint ? ` (${description.source.pinpoint})` : '';
    return {
      summary: `no treaty defines it as a crime category; ${treaty} defines “${term}”${where}`,
      lead: `No treaty defines ${category.name.toLowerCase()} as a crime category. The ${treaty} defines “${term}”${where}, quoted below.`,
    };
  }
  return { summary: 'no treaty definition', lead: 'No treaty definition to quote.' };
}
