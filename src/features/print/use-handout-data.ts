import { useQuery } from '@tanstack/react-query';
import { articleQuery } from '../../data/article-query';
import { buildArticleModel } from '../../data/article-model';
import { DOCUMENTS_FILE, documentsQuery, selectDocuments } from '../../data/documents-query';
import { ENTITIES_FILE, entitiesQuery } from '../../data/entities-query';
import { indexEntities } from '../../data/entity-index';
import {
  CONTEXT_NOTES_FILE,
  CRIME_CATEGORIES_FILE,
  INSTRUMENTS_FILE,
  MDGS_FILE,
  TERMS_FILE,
  contextNotesQuery,
  crimeCategoriesQuery,
  instrumentsQuery,
  mdgsQuery,
  selectCrimeCategories,
  selectInstruments,
  selectNotes,
  selectTerms,
  termsQuery,
} from '../../data/reference-queries';

/**
 * Every file the handout prints from, through the same queries (and so the same cache) as the
 * screen. Mounting the handout starts them all, right after hydration: `beforeprint` cannot wait
 * for a fetch, so they have to be in before the reader prints. `data` is null until every file
 * is in; `waitingFor` and `failed` say which are not.
 */
export function useHandoutData() {
  const model = useQuery({ ...articleQuery(), select: buildArticleModel });
  const entities = useQuery({ ...entitiesQuery(), select: indexEntities });
  const notes = useQuery({ ...contextNotesQuery(), select: selectNotes });
  const documents = useQuery({ ...documentsQuery(), select: selectDocuments });
  const crimes = useQuery({ ...crimeCategoriesQuery(), select: selectCrimeCategories });
  const instruments = useQuery({ ...instrumentsQuery(), select: selectInstruments });
  const terms = useQuery({ ...termsQuery(), select: selectTerms });
  // Not printed here, but the open definition's card, printed after the handout, draws on it:
  // while it is on its way the handout waits too, so "still loading" covers the card. Should it
  // fail, the card says so itself.
  const mdgs = useQuery(mdgsQuery());

  const files = [
    [entities, ENTITIES_FILE],
    [notes, CONTEXT_NOTES_FILE],
    [documents, DOCUMENTS_FILE],
    [crimes, CRIME_CATEGORIES_FILE],
    [instruments, INSTRUMENTS_FILE],
    [terms, TERMS_FILE],
  ] as const;
  const complete =
    !mdgs.isPending &&
    entities.data &&
    notes.data &&
    documents.data &&
    crimes.data &&
    instruments.data &&
    terms.data
      ? {
          entities: entities.data.byId,
          notes: notes.data,
          documents: documents.data,
          crimes: crimes.data.categories,
          instruments: instruments.data,
          terms: terms.data,
        }
      : null;
  return {
    model: model.data,
    data: complete,
    waitingFor: [...files, [mdgs, MDGS_FILE] as const]
      .filter(([result]) => result.isPending)
      .map(([, file]) => file),
    failed: files.flatMap(([result, file]) =>
      result.error ? [{ file, message: result.error.message }] : [],
    ),
  };
}

export type HandoutData = NonNullable<ReturnType<typeof useHandoutData>['data']>;
