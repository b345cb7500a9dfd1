import DataLoader from 'dataloader';
import type { ServiceContext } from '../../context.js';
import type { MaintenanceRuleRow, MaintenanceWindowRow } from '../equipment/schema.js';
import {
  maintenanceRulesByIds,
  maintenanceWindowsByIds,
  openTaskSummaryOf,
  type OpenTaskSummary,
} from './service.js';
import { usageMinutesAt } from './usage.js';

export function createMaintenanceLoaders(ctx: ServiceContext) {
  return {
    maintenanceRuleById: new DataLoader<string, MaintenanceRuleRow | null>((ids) =>
      maintenanceRulesByIds(ctx.db, ids),
    ),
    maintenanceWindowById: new DataLoader<string, MaintenanceWindowRow | null>((ids) =>
      maintenanceWindowsByIds(ctx.db, ids),
    ),
    /** Each item's minutes of use at the request's time (`ctx.now()`): one query per page. */
    usageMinutesNowById: new DataLoader<string, number>((ids) =>
      usageMinutesAt(ctx.db, ids, ctx.now()),
    ),
    /** Each item's open maintenance at the request's time: one query per page. */
    openMaintenanceByEquipmentId: new DataLoader<string, OpenTaskSummary>((ids) =>
      openTaskSummaryOf(ctx.db, ids, ctx.now()),
    ),
  };
}
