/**
 * The wording of each SDG target the explorer lists, as read in the stored copy of the page its
 * source links to (the search tool's excerpts, December 2026), with that page's address. A change
 * to the wording in crime-categories.json, or to the page a target is cited to, has to be read
 * again and recorded here. The official wording is the 2030 Agenda's (A/RES/70/1); each of these
 * pages prints it unchanged, except that UNODC's SDG 5 page splits one word ("fo rms"), which is
 * recorded here as the word it is.
 */
export type ReadWording = {
  target: string;
  wording: string;
  /** The address the wording was read at: the cited document's, or its copy's. */
  readAt: string | null;
  /** Why there is no address to read it at. */
  unlinked?: string;
};

export const sdgTargetWordingAsRead: ReadWording[] = [
  {
    target: '16.4',
    wording:
      'By 2030, significantly reduce illicit financial and arms flows, strengthen the recovery and return of stolen assets and combat all forms of organized crime',
    readAt:
      'https://www.unodc.org/romena/en/SDG/sdg-16_-promote-peaceful-inclusive-societies-for-sustainable-development--provide-access-to-justice-for-all-and-build-effective--accountable-and-inclusive-institutions-at-all-levels.html',
  },
  {
    target: '16.5',
    wording: 'Substantially reduce corruption and bribery in all their forms',
    readAt:
      'https://www.unodc.org/romena/en/SDG/sdg-16_-promote-peaceful-inclusive-societies-for-sustainable-development--provide-access-to-justice-for-all-and-build-effective--accountable-and-inclusive-institutions-at-all-levels.html',
  },
  {
    target: '16.2',
    wording:
      'End abuse, exploitation, trafficking and all forms of violence against and torture of children',
    readAt:
      'https://unodc.org/unodc/en/about-unodc/sustainable-development-goals/sdg16_-peace-and-justice.html',
  },
  {
    target: '5.2',
    wording:
      'Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation',
    readAt:
      'https://www.unodc.org/romena/en/SDG/sdg-5_-achieve-gender-equality-and-empower-all-women-and-girls.html',
  },
  {
    target: '8.7',
    wording:
      'Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms',
    readAt: 'https://alliance87.org/challenge',
  },
  {
    target: '10.7',
    wording:
      'Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies',
    readAt:
      'https://www.unodc.org/westandcentralafrica/en/2019-01-23-unodc-contributions-to-sdgs.html',
  },
  {
    target: '15.7',
    wording:
      'Take urgent action to end poaching and trafficking of protected species of flora and fauna and address both demand and supply of illegal wildlife products',
    readAt: 'https://www.unodc.org/unodc/en/sustainable-development-goals/sdg14-and-15.html',
  },
  {
    target: '15.c',
    wording:
      'Enhance global support for efforts to combat poaching and trafficking of protected species, including by increasing the capacity of local communities to pursue sustainable livelihood opportunities',
    readAt: null,
    unlinked:
      'read in reproductions whose addresses the copy record does not give (a Hong Kong institute’s page among them); no UN copy of the target was verified',
  },
];
