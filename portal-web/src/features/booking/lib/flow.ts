/**
 * The portal's booking flow on a phone, as plain data: which screens a service needs, how
 * many people a time has room for, and the gear asked for.
 */

export const FLOW_STEPS = ['service', 'time', 'who', 'gear', 'summary'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

/** The screens for a service: the gear screen only when the service needs gear. */
export function stepsFor(service: { equipmentCategories: readonly string[] } | null): FlowStep[] {
  return FLOW_STEPS.filter(
    (step) => step !== 'gear' || (service?.equipmentCategories.length ?? 0) > 0,
  );
}

/** How many people can come at a time: the capacity, or a running group's places left. */
export function peopleLimit(capacity: number, slot: { placesLeft: number } | null): number {
  return Math.max(0, Math.min(Math.max(1, capacity), slot ? slot.placesLeft : capacity));
}

/** One piece of the service's gear for one person: a size if they chose one, or their own. */
export interface GearChoice {
  customerId: string;
  category: string;
  size: string | null;
  /** They bring their own: nothing is reserved for it. */
  own: boolean;
}

/** Each person's pieces, keeping sizes already chosen for people still coming. */
export function gearFor(
  categories: readonly string[],
  customerIds: readonly string[],
  previous: readonly GearChoice[] = [],
): GearChoice[] {
  return customerIds.flatMap((customerId) =>
    categories.map((category) => {
      const before = previous.find((g) => g.customerId === customerId && g.category === category);
      return { customerId, category, size: before?.size ?? null, own: before?.own ?? false };
    }),
  );
}

/**
 * The gear to reserve with the booking: every piece the service needs for each person but
 * what they bring themselves, in the size chosen or any free one. (A lesson reserves only the
 * gear it is sent, so the pieces are always sent.)
 */
export function gearInput(choices: readonly GearChoice[]) {
  return choices
    .filter((g) => !g.own)
    .map((g) => ({ category: g.category, ...(g.size ? { size: g.size } : {}) }));
}
