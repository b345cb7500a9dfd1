export { LegalDocumentReader, type ReadableLegalDocument } from './components/LegalDocumentReader';
export { LegalDocumentsView } from './components/LegalDocumentsView';
