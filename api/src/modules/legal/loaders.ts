import DataLoader from 'dataloader';
import type { ServiceContext } from '../../context.js';
import { countAcceptances } from './service.js';

export function createLegalLoaders(ctx: ServiceContext) {
  return {
    acceptanceCountByDocumentId: new DataLoader<string, number>((ids) =>
      countAcceptances(ctx.db, ids),
    ),
  };
}
