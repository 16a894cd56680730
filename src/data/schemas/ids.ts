/*
 * The fixed vocabularies of the data, kept free of zod so that code that only needs the ids
 * (the URL reader, the legend) does not pull the validator into the first screen's JavaScript.
 * The schemas build their enums from these.
 */

export const entityTypes = [
  'crime',
  'instrument',
  'goal',
  'organization',
  'person',
  'place',
  'event',
] as const;

export const crimeCategoryIds = [
  'organized-crime',
  'transnational-organized-crime',
  'cyber-crime',
  'environmental-crime',
  'counterfeiting',
  'corruption',
  'money-laundering',
  'trafficking-in-persons',
  'smuggling-of-migrants',
  'firearms-trafficking',
] as const;

/** The Convention and its three Protocols: the instruments the article itself names. */
export const coreInstrumentIds = [
  'untoc',
  'trafficking-protocol',
  'smuggling-protocol',
  'firearms-protocol',
] as const;

/** Instruments that define or address a crime category the article names, but that it does not cite. */
export const relatedInstrumentIds = [
  'uncac',
  'cybercrime-convention',
  'trips-agreement',
  'vienna-drug-convention-1988',
] as const;

export const mdgIds = [
  'mdg-1',
  'mdg-2',
  'mdg-3',
  'mdg-4',
  'mdg-5',
  'mdg-6',
  'mdg-7',
  'mdg-8',
] as const;

/** The timeline's axis: the Millennium Summit's year to the SDG deadline. */
export const TIMELINE_START = 2000;
export const TIMELINE_END = 2030;
