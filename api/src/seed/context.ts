import type { ServiceContext } from '../context.js';
import type { Tx } from '../db/client.js';
import type { FileStore } from '../platform/files.js';
import type { Logger } from '../platform/logger.js';

/**
 * The service context the demo seed runs the desk's own services with (payments, package
 * sales), at a chosen time: no viewer (the seed is the system), the seed's transaction, the
 * file store for receipts' PDFs, and no job queue — the receipts' mails are history, recorded
 * as sent, never dispatched. Only what those services read is there.
 */
export function seedContext(
  tx: Tx,
  options: { files: FileStore; publicUrl: string; log: Logger },
  when: Date,
): ServiceContext {
  return {
    deps: {
      platform: { files: options.files, jobs: { enqueue: async () => undefined } },
      config: { publicUrl: options.publicUrl },
    },
    db: tx,
    viewer: null,
    apiKey: null,
    requestId: 'demo-seed',
    ip: null,
    log: options.log,
    now: () => when,
  } as unknown as ServiceContext;
}
