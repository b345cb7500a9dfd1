import type { CatalogPackageFieldsFragment, CatalogServiceFieldsFragment } from '../../gql/graphql';

/** Lesson time in a package: the sessions of each lesson times its length; rentals add none. */
export const lessonMinutes = (pkg: Pick<CatalogPackageFieldsFragment, 'items'>) =>
  pkg.items.reduce(
    (sum, item) =>
      item.service?.kind === 'LESSON' ? sum + item.quantity * item.service.durationMinutes : sum,
    0,
  );

/**
 * The catalog key that says how a service is sold: a lesson by its format (private, group),
 * a rental by its period, accommodation by the night.
 */
export function serviceFormatKey(
  service: Pick<CatalogServiceFieldsFragment, 'lessonFormat' | 'rentalPeriod'>,
) {
  if (service.lessonFormat) return `formats.${service.lessonFormat}` as const;
  if (service.rentalPeriod) return `periods.${service.rentalPeriod}` as const;
  return 'perNight' as const;
}
