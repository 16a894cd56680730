import { useQuery } from '@tanstack/react-query';
import { DOCUMENTS_FILE, documentsQuery, selectDocuments } from './documents-query';
import { ENTITIES_FILE, entitiesQuery } from './entities-query';
import { indexEntities } from './entity-index';
import {
  CRIME_CATEGORIES_FILE,
  INSTRUMENTS_FILE,
  MDGS_FILE,
  TERMS_FILE,
  crimeCategoriesQuery,
  instrumentsQuery,
  mdgsQuery,
  selectCrimeCategories,
  selectGoals,
  selectInstruments,
  selectTerms,
  termsQuery,
} from './reference-queries';
import { SDGS_FILE, sdgsQuery, selectSdgs } from './sdgs-query';
import { sdgTargetOfId } from './sdg-ids';

/**
 * Every file a definition may draw on, each its own query (shared with the panels through the
 * cache). Parts that have not loaded are undefined; `errors` lists the files that failed.
 */
export function useReference() {
  const entities = useQuery({ ...entitiesQuery(), select: indexEntities });
  const crimes = useQuery({ ...crimeCategoriesQuery(), select: selectCrimeCategories });
  const instruments = useQuery({ ...instrumentsQuery(), select: selectInstruments });
  const terms = useQuery({ ...termsQuery(), select: selectTerms });
  const mdgs = useQuery({ ...mdgsQuery(), select: selectGoals });
  const sdgs = useQuery({ ...sdgsQuery(), select: selectSdgs });
  // Every card cites its sources through documents.json, so it is part of every definition.
  const documents = useQuery({ ...documentsQuery(), select: selectDocuments });
  const results = [entities, crimes, instruments, terms, mdgs, sdgs, documents];
  return {
    entities: entities.data,
    crimes: crimes.data,
    instruments: instruments.data,
    terms: terms.data,
    mdgs: mdgs.data,
    sdgs: sdgs.data,
    documents: documents.data,
    pending: results.some((result) => result.isPending),
    /** Which files are still on their way, for a loading notice where their part would be. */
    loading: {
      entities: entities.isPending,
      crimes: crimes.isPending,
      instruments: instruments.isPending,
      terms: terms.isPending,
      mdgs: mdgs.isPending,
      sdgs: sdgs.isPending,
      documents: documents.isPending,
    },
    /** The first file still on its way, for a notice that names it. */
    waitingFor: (
      [
        [entities, ENTITIES_FILE],
        [crimes, CRIME_CATEGORIES_FILE],
        [instruments, INSTRUMENTS_FILE],
        [terms, TERMS_FILE],
        [mdgs, MDGS_FILE],
        [sdgs, SDGS_FILE],
        [documents, DOCUMENTS_FILE],
      ] as const
    ).find(([result]) => result.isPending)?.[1],
    errors: results.flatMap((result) => (result.error ? [result.error] : [])),
    retry: () => results.filter((r) => r.isError).forEach((r) => void r.refetch()),
    retrying: results.some((result) => result.isError && result.isFetching),
  };
}

export type Reference = ReturnType<typeof useReference>;

export type DefinitionKind =
  'crime' | 'instrument' | 'term' | 'goal' | 'mdgs' | 'sdgs' | 'sdg-target' | 'entity';

/**
 * What an id stands for and what to call it. A crime category or treaty is also an entity of the
 * article; its reference entry is the richer view, so it wins.
 */
export function resolveDefinition(
  id: string,
  reference: Reference,
): { kind: DefinitionKind; name: string; typeLabel: string } | null {
  const entity = reference.entities?.byId[id];
  const crime = reference.crimes?.categories[id];
  if (crime)
    return { kind: 'crime', name: entity?.name ?? crime.name, typeLabel: 'Crime category' };
  const instrument = reference.instruments?.[id];
  if (instrument) {
    return {
      kind: 'instrument',
      name: entity?.name ?? instrument.shortName,
      typeLabel: instrument.kind === 'protocol' ? 'Protocol' : 'Treaty',
    };
  }
  const term = reference.terms?.[id];
  if (term) return { kind: 'term', name: term.term, typeLabel: 'Defined term' };
  const goal = reference.mdgs?.goals[id];
  if (goal)
    return {
      kind: 'goal',
      name: `Goal ${goal.number}: ${goal.title}`,
      typeLabel: 'Millennium Development Goal',
    };
  if (id === 'mdgs' && reference.mdgs) {
    return { kind: 'mdgs', name: reference.mdgs.file.name, typeLabel: 'Development goals' };
  }
  if (reference.sdgs && id === reference.sdgs.file.id) {
    return {
      kind: 'sdgs',
      name: '2030 Agenda for Sustainable Development',
      typeLabel: 'Development goals',
    };
  }
  const sdgTarget = sdgTargetOfId(id);
  if (sdgTarget && reference.crimes?.sdgTargets[sdgTarget]) {
    return {
      kind: 'sdg-target',
      name: `SDG target ${sdgTarget}`,
      typeLabel: 'Sustainable Development Goal target',
    };
  }
  if (entity) return { kind: 'entity', name: entity.name, typeLabel: '' };
  return null;
}
