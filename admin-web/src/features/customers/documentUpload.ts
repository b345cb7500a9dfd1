// The upload rules and request live in web-kit, shared with the portal's "My documents".
export { uploadDocument as uploadCustomerDocument } from '@plannivo/web-kit/documents';
