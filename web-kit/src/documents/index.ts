export { DocumentFileField } from './components/DocumentFileField';
export {
  DocumentIcon,
  DocumentLink,
  RemoveDocumentButton,
  type ListedDocument,
} from './components/DocumentParts';
export { useDocumentForm, type DocumentForm } from './hooks/useDocumentForm';
export {
  ACCEPTED_DOCUMENT_TYPES,
  DOCUMENT_KINDS,
  formatBytes,
  MAX_DOCUMENT_BYTES,
  readUploadAnswer,
  refusalOf,
  refusalOfError,
  UPLOAD_REFUSALS,
  UploadError,
  uploadDocument,
  uploadRequest,
  uploadTypeOf,
  type DocumentKind,
  type DocumentUpload,
  type UploadRefusal,
} from './upload';
