import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The verbatim copy of the UN News page kept with the tests, so the repo stands on its own. */
export const fixtureUrl = join(process.cwd(), 'tests', 'fixtures', 'source-article.txt');
/** The original beside the checkout, present on the team's machines but not in a plain clone. */
export const sharedSeedUrl = join(
  process.cwd(),
  '..',
  'shared',
  'seeds',
  '000_158625d376661921.txt',
);
export const sharedSeedExists = existsSync(sharedSeedUrl);

export type SourceText = {
  tagline: string;
  headline: string;
  photoCredit: string;
  paragraphs: string[];
};

/**
 * Reads the page copy the way a person reads it: the tagline, the headline (printed twice), the
 * photo credit, then the body paragraphs, which are the non-empty lines after the credit.
 */
export function parseSourceText(raw: string): SourceText {
  const lines = raw.split('\n');
  const creditIndex = lines.findIndex((line) => line.startsWith('Photo: '));
  const nonEmptyBeforeCredit = lines.slice(0, creditIndex).filter((line) => line.trim() !== '');
  return {
    tagline: nonEmptyBeforeCredit[0] ?? '',
    headline: nonEmptyBeforeCredit[1] ?? '',
    photoCredit: lines[creditIndex] ?? '',
    paragraphs: lines.slice(creditIndex + 1).filter((line) => line.trim() !== ''),
  };
}

export const sourceText = parseSourceText(readFileSync(fixtureUrl, 'utf8'));
