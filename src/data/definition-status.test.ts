import { describe, expect, it } from 'vitest';
import { readDataJson } from '../../tests/test-utils';
import { definitionStatus } from './definition-status';
import { crimeCategoriesFileSchema, instrumentsFileSchema } from './schemas/reference';

const categories = crimeCategoriesFileSchema.parse(
  readDataJson('crime-categories.json'),
).categories;
const instruments = instrumentsFileSchema.parse(readDataJson('instruments.json')).instruments;
const treatyName = (doc: string) => instruments.find((item) => item.id === doc)?.shortName;
const category = (id: string) => categories.find((item) => item.id === id)!;

describe('definitionStatus', () => {
  it('says, for counterfeiting, what is true of the panel and of the card at once', () => {
    const status = definitionStatus(category('counterfeiting'), treatyName);
    expect(status.summary).toBe(
      'no treaty defines it as a crime category; TRIPS Agreement defines “counterfeit trademark goods” (art. 51, footnote 14(a))',
    );
    expect(status.lead).toBe(
      'No treaty defines counterfeiting as a crime category. The TRIPS Agreement defines “counterfeit trademark goods” (art. 51, footnote 14(a)), quoted below.',
    );
  });

  it('never says "no treaty definition" of a category whose card quotes a treaty', () => {
    for (const item of categories) {
      const { summary, lead } = definitionStatus(item, treatyName);
      const quotesTreaty =
        item.definition.kind === 'none' &&
        [item.definition.description, ...(item.definition.otherDescriptions ?? [])].some(
          (description) => description?.quoted && treatyName(description.source.doc),
        );
      if (!quotesTreaty) continue;
      expect(summary).not.toMatch(/no treaty definition/i);
      expect(lead).not.toMatch(/no treaty definition/i);
    }
  });

  it('keeps the plain wording where no treaty text is quoted', () => {
    expect(definitionStatus(category('cyber-crime'), treatyName)).toEqual({
      summary: 'no treaty definition',
      lead: 'No treaty definition to quote.',
    });
    expect(definitionStatus(category('smuggling-of-migrants'), treatyName).summary).toBe(
      'defined by treaty',
    );
  });
});
