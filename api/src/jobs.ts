import type { Jobs } from './platform/jobs.js';

/** Registers the handler of every background job of the API, in one place. */
export function registerJobs(
  jobs: Jobs,
  handlers: {
    purgeSessions: () => Promise<void>;
    deliverMail: (data: { mailId: string }) => Promise<void>;
    sweepMail: () => Promise<void>;
    expireWaitlistOffers: () => Promise<void>;
    remindOverdueRentals: () => Promise<void>;
    scanMaintenance: () => Promise<void>;
    remindMaintenance: () => Promise<void>;
    expirePackages: () => Promise<void>;
    runReconciliation: () => Promise<void>;
  },
) {
  jobs.define('sessions.purgeExpired', handlers.purgeSessions);
  jobs.define('mail.deliver', handlers.deliverMail);
  jobs.define('mail.sweep', handlers.sweepMail);
  jobs.define('waitlist.expireOffers', handlers.expireWaitlistOffers);
  jobs.define('rentals.remindOverdue', handlers.remindOverdueRentals);
  jobs.define('maintenance.scan', handlers.scanMaintenance);
  jobs.define('maintenance.remind', handlers.remindMaintenance);
  jobs.define('packages.expire', handlers.expirePackages);
  jobs.define('reconciliation.run', handlers.runReconciliation);
}
