import type { DataReader } from '../../src/exports/artifacts';
import { loadExportData } from '../../src/exports/export-data';
import { readDataJson } from '../test-utils';

type ArticleJson = {
  meta: { headline: string };
  paragraphs: { id: string; text: string }[];
  annotations: { target: { source: string; selector: [{ start: number; end: number }] } }[];
  quotations: { parts: { source: string; start: number; end: number }[] }[];
};

/** The real files in public/data. */
export const readRealData: DataReader = (file) => readDataJson(file);

/** The globe emoji, U+1F30D: two UTF-16 code units, one code point. */
export const GLOBE = '\u{1F30D}';
const INSERTED = `${GLOBE} `;

/**
 * The real data with "🌍 " put at the start of the headline and of paragraph 1, and every
 * offset after it moved on by its three UTF-16 code units (two code points), as an editor
 * would have to. Nothing else changes, so the files still pass every check.
 */
export const readDataWithEmoji: DataReader = (file) => {
  const data = readDataJson(file);
  if (file !== 'article.json') return data;
  const article = structuredClone(data) as ArticleJson;
  article.meta.headline = INSERTED + article.meta.headline;
  const p1 = article.paragraphs.find((paragraph) => paragraph.id === 'p1')!;
  p1.text = INSERTED + p1.text;
  for (const annotation of article.annotations) {
    if (annotation.target.source !== 'headline' && annotation.target.source !== 'p1') continue;
    annotation.target.selector[0].start += INSERTED.length;
    annotation.target.selector[0].end += INSERTED.length;
  }
  for (const part of article.quotations.flatMap((quotation) => quotation.parts)) {
    if (part.source !== 'headline' && part.source !== 'p1') continue;
    part.start += INSERTED.length;
    part.end += INSERTED.length;
  }
  return article;
};

export const realData = () => loadExportData(readRealData);
export const dataWithEmoji = () => loadExportData(readDataWithEmoji);
