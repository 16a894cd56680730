import { useQuery } from '@tanstack/react-query';
import { documentsQuery, selectDocuments } from '../data/documents-query';

/** The document records, shared by every citation on the screen through the query cache. */
export function useDocuments() {
  return useQuery({ ...documentsQuery(), select: selectDocuments });
}
