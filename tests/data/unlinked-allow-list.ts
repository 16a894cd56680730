/**
 * Documents the data cites without a link, each with the reason. The data test fails when a
 * document loses its link without being named here, or keeps a place here after gaining one.
 * The resolutions: no stored copy of a UN-hosted text was found, and no address of the UN's
 * document-symbol resolver was seen to resolve a symbol, so no resolver link is built by pattern.
 */
const resolution =
  'no UN-hosted copy of the resolution, nor a working address of the UN symbol resolver, was found in a stored copy';

export const unlinkedAllowList: Record<string, string> = {
  'a-res-55-2': resolution,
  'a-res-55-25': resolution,
  'a-res-55-255': resolution,
  'a-res-58-4': resolution,
  'a-res-65-230': resolution,
  'a-res-70-1': resolution,
  'mdg-report-2015':
    'the report’s PDF was not found on un.org in a stored copy; its figures are cited to the UN pages that summarise it',
  'un-news-hanoi-2025':
    'the story was not found at news.un.org in a stored copy; it is linked to the re-publication it was read in',
  'unodc-governing-bodies-page':
    'the page was found only on a UNODC staging server, whose address a reader should not be sent to',
};
