import { byId, dataFileQuery } from './data-file-query';
import type { DocumentsFile } from './schemas/documents';

export const DOCUMENTS_FILE = 'documents.json';

const loadSchema = () => import('./schemas/documents').then((module) => module.documentsFileSchema);

export const documentsQuery = () => dataFileQuery(DOCUMENTS_FILE, loadSchema);

export const selectDocuments = (file: DocumentsFile) => ({
  file,
  documents: byId(file.documents),
  copies: byId(file.copies),
});
export type DocumentIndex = ReturnType<typeof selectDocuments>;
