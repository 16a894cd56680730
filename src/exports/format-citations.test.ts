// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCitableItems, type CitableItem } from './citation-records';
import { formatCitations, textOfHtml } from './format-citations';

/*
 * Golden tests: each style's exact output for the article and for one treaty article. A change
 * of the styles' package, of citation-js or of the data shows here first, as a diff to read.
 */

const items = buildCitableItems((file) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')));
const item = (id: string): CitableItem => {
  const found = items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no citable item ${id}`);
  return found;
};
const texts = (id: string) =>
  Object.fromEntries(
    Object.entries(formatCitations(item(id))).map(([style, formatted]) => [style, formatted.text]),
  );

const ARTICLE_URL = 'https://news.un.org/en/story/2010/04/335002';
const UNTOC_URL =
  'http://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=3&mtdsg_no=XVIII-12&chapter=18&lang=en';
const ADOPTED = 'Adopted by General Assembly resolution 55/25 (A/RES/55/25, annex I).';

describe('the citation of the article', () => {
  it('is pinned in every style', () => {
    expect(texts('article')).toEqual({
      apa: `Strengthened cooperation, innovation vital in fighting crime – Ban. (2010, April 12). UN News. ${ARTICLE_URL}`,
      apaInText: '(“Strengthened Cooperation, Innovation Vital in Fighting Crime – Ban,” 2010)',
      chicagoNote: `“Strengthened Cooperation, Innovation Vital in Fighting Crime – Ban,” UN News, April 12, 2010, ${ARTICLE_URL}.`,
      chicagoBibliography: `UN News. “Strengthened Cooperation, Innovation Vital in Fighting Crime – Ban.” April 12, 2010. ${ARTICLE_URL}.`,
      mla: `“Strengthened Cooperation, Innovation Vital in Fighting Crime – Ban.” UN News, 12 Apr. 2010, ${ARTICLE_URL}.`,
      mlaInText: '(“Strengthened Cooperation, Innovation Vital in Fighting Crime – Ban”)',
    });
  });

  it('sets the publication’s name in italics in the HTML form', () => {
    expect(formatCitations(item('article')).apa.html).toBe(
      `Strengthened cooperation, innovation vital in fighting crime – Ban. (2010, April 12). <i>UN News</i>. ${ARTICLE_URL}`,
    );
  });
});

describe('the citation of article 2 of the Convention', () => {
  it('is pinned in every style, naming the treaty, the article, the resolution and UNTS vol. 2225, p. 209', () => {
    expect(texts('untoc-art-2')).toEqual({
      apa: `United Nations Convention against Transnational Organized Crime, November 15, 2000, 2225 United Nations Treaty Series 209. ${UNTOC_URL} ${ADOPTED}`,
      apaInText:
        '(United Nations Convention against Transnational Organized Crime, 2000, Article 2)',
      chicagoNote: `United Nations Convention against Transnational Organized Crime, 2225 United Nations Treaty Series 209, art. 2 (2000). ${ADOPTED}`,
      chicagoBibliography: `United Nations Convention against Transnational Organized Crime, 2225 United Nations Treaty Series 209 (2000). ${ADOPTED}`,
      mla: `“United Nations Convention against Transnational Organized Crime.” United Nations Treaty Series, vol. 2225, 15 Nov. 2000, p. 209, ${UNTOC_URL}. ${ADOPTED}`,
      mlaInText: '(“United Nations Convention against Transnational Organized Crime,” art. 2)',
    });
  });

  it('cites a legal definition at its own paragraph of the article', () => {
    const { chicagoNote, mlaInText } = texts('term-trafficking-in-persons-definition');
    expect(chicagoNote).toContain('2237 United Nations Treaty Series 319, art. 3(a) (2000).');
    expect(mlaInText).toMatch(/,” art\. 3\(a\)\)$/);
  });

  it('leaves out the treaty series where the data has no volume and page', () => {
    const { apa, chicagoNote, mla } = texts('uncac-art-2');
    for (const text of [apa, chicagoNote, mla]) {
      expect(text).toContain('United Nations Convention against Corruption');
      expect(text).not.toContain('Treaty Series');
      expect(text).toContain('(A/RES/58/4)');
    }
  });
});

describe('a resolution', () => {
  it('is cited to the General Assembly, by its symbol, with no link', () => {
    const { apa, chicagoBibliography, mla } = texts('a-res-55-25');
    expect(apa).toBe(
      'United Nations General Assembly. (2000, November 15). United Nations Convention against Transnational Organized Crime (Resolution A/RES/55/25).',
    );
    expect(chicagoBibliography).toBe(
      'United Nations General Assembly. “United Nations Convention against Transnational Organized Crime.” Resolution A/RES/55/25, November 15, 2000.',
    );
    expect(mla).toBe(
      'United Nations General Assembly. United Nations Convention against Transnational Organized Crime. A/RES/55/25, 15 Nov. 2000.',
    );
  });
});

describe('textOfHtml', () => {
  it('refuses markup other than <i>', () => {
    expect(() => textOfHtml('<b>x</b>')).toThrow(/other than <i>/);
    expect(textOfHtml('<i>a</i> &#38; b')).toBe('a & b');
  });
});
