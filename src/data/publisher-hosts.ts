/**
 * Hosts whose pages are a publisher's own copy of what the data cites. A document linked to one
 * of these, and read there, is a primary source; anything read elsewhere is a reproduction,
 * however faithful, and the card says so. The data tests hold every official document to this
 * list, and the README shows it, so adding a host is a reviewed decision.
 */
export const publisherHosts = [
  {
    host: 'treaties.un.org',
    publisher: 'United Nations Treaty Collection',
    why: 'the depositary’s own record: treaty status, signatories and parties, and the certified texts',
  },
  {
    host: 'legal.un.org',
    publisher: 'UN Office of Legal Affairs',
    why: 'the Audiovisual Library of International Law: the UN’s procedural history of each treaty',
  },
  {
    host: 'www.un.org',
    publisher: 'United Nations',
    why: 'the UN’s own site: conference pages, the MDG reports, the Secretary-General’s office',
  },
  {
    host: 'press.un.org',
    publisher: 'United Nations, Meetings Coverage and Press Releases',
    why: 'the UN’s own press releases (SG/SM, GA), with their symbols',
  },
  {
    host: 'news.un.org',
    publisher: 'UN News',
    why: 'the publisher of the article itself and of the UN’s news reports',
  },
  {
    host: 'unis.unvienna.org',
    publisher: 'United Nations Information Service Vienna',
    why: 'the UN’s Vienna press office, which issues the UNIS/CP releases on crime and drugs',
  },
  {
    host: 'www.unodc.org',
    publisher: 'United Nations Office on Drugs and Crime',
    why: 'the secretariat of the Convention, its Protocols, UNCAC and the Crime Congresses',
  },
  {
    host: 'unodc.org',
    publisher: 'United Nations Office on Drugs and Crime',
    why: 'the same office, addressed without “www”',
  },
  {
    host: 'sherloc.unodc.org',
    publisher: 'United Nations Office on Drugs and Crime',
    why: 'UNODC’s knowledge portal, which hosts its Education for Justice university modules',
  },
  {
    host: 'unstats.un.org',
    publisher: 'United Nations Statistics Division',
    why: 'keeper of the official MDG and SDG indicator lists',
  },
  {
    host: 'mdgs.un.org',
    publisher: 'United Nations Statistics Division',
    why: 'the Division’s MDG indicators site, with the official list of goals, targets and indicators',
  },
  {
    host: 'sdgs.un.org',
    publisher: 'UN Department of Economic and Social Affairs',
    why: 'the UN’s own pages of the 2030 Agenda and its goals and targets',
  },
  {
    host: 'wedocs.unep.org',
    publisher: 'United Nations Environment Programme',
    why: 'UNEP’s document repository',
  },
  {
    host: 'na.unep.net',
    publisher: 'United Nations Environment Programme',
    why: 'UNEP’s Global Environmental Alert Service bulletins',
  },
  {
    host: 'www.cepal.org',
    publisher: 'Economic Commission for Latin America and the Caribbean',
    why: 'a UN regional commission’s own pages',
  },
  {
    host: 'www.undp.org',
    publisher: 'United Nations Development Programme',
    why: 'the UN’s development programme, which kept the MDG pages for each goal',
  },
  {
    host: 'un.dk',
    publisher: 'United Nations in Denmark',
    why: 'the UN’s own site in Denmark (UN City Copenhagen), with its summary of the MDG Report 2015',
  },
  {
    host: 'www.unscn.org',
    publisher: 'United Nations System Standing Committee on Nutrition',
    why: 'a UN system body whose page announced the MDG Report 2015',
  },
  {
    host: 'www.wto.org',
    publisher: 'World Trade Organization',
    why: 'the WTO’s own copy of the TRIPS Agreement, an annex to the WTO Agreement',
  },
] as const;

export type PublisherHost = (typeof publisherHosts)[number];

const byHost = new Map<string, PublisherHost>(publisherHosts.map((entry) => [entry.host, entry]));

/** The publisher entry for an address, or undefined when the address is not a publisher's copy. */
export function publisherHostOf(url: string): PublisherHost | undefined {
  try {
    return byHost.get(new URL(url).host.toLowerCase());
  } catch {
    return undefined;
  }
}
