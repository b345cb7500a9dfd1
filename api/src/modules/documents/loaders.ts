import DataLoader from 'dataloader';
import type { ServiceContext } from '../../context.js';
import type { CustomerDocumentRow } from './schema.js';
import { documentsOfCustomers } from './service.js';

export function createDocumentLoaders(ctx: ServiceContext) {
  return {
    documentsByCustomerId: new DataLoader<string, CustomerDocumentRow[]>((ids) =>
      documentsOfCustomers(ctx, ids),
    ),
  };
}
