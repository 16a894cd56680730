/*
 * The part of CSL-JSON (the Citation Style Language's item format, CSL 1.0.2) that the citation
 * records use. Only the variables we fill are typed: every one is read by citeproc-js and by the
 * BibTeX and RIS converters of citation-js, and a reference manager imports the same file.
 */

export type CslDate = { 'date-parts': [[number] | [number, number] | [number, number, number]] };

export type CslName = { literal: string };

export type CslType = 'article-newspaper' | 'treaty' | 'document' | 'legal_case';

export type CslItem = {
  id: string;
  /** The BibTeX key: the id (with _ for -), so the all-in-one file has one key per item. */
  'citation-key': string;
  type: CslType;
  title: string;
  'title-short'?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  volume?: string;
  page?: string;
  /** A document symbol (A/RES/55/25). */
  number?: string;
  genre?: string;
  /** The part cited, as printed: "art. 2(a)". */
  section?: string;
  /** The procedural history (CSL: "references"): the resolution that adopted a treaty. */
  references?: string;
  note?: string;
  issued?: CslDate;
  URL?: string;
  language?: string;
};

/** "2010-04-12" → CSL date parts; a month or a year alone stays as precise as it was given. */
export function cslDate(iso: string): CslDate {
  const parts = iso.split('-').map(Number);
  const [year, month, day] = parts;
  if (year === undefined || parts.some(Number.isNaN)) throw new Error(`not a date: ${iso}`);
  if (month === undefined) return { 'date-parts': [[year]] };
  if (day === undefined) return { 'date-parts': [[year, month]] };
  return { 'date-parts': [[year, month, day]] };
}
