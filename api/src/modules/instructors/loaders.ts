import DataLoader from 'dataloader';
import type { ServiceContext } from '../../context.js';
import type { CertificationRow } from './schema.js';
import { certificationsOf } from './certifications.js';
import { locationIdsOfInstructors } from './service.js';

export function createInstructorLoaders(ctx: ServiceContext) {
  return {
    certificationsByInstructorId: new DataLoader<string, CertificationRow[]>((ids) =>
      certificationsOf(ctx.db, ids),
    ),
    locationIdsByInstructorId: new DataLoader<string, string[]>((ids) =>
      locationIdsOfInstructors(ctx.db, ids),
    ),
  };
}
