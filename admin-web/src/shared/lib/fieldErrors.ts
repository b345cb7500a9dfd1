/**
 * A form's message for each field the API refused (`refused`, from a feature's
 * `refusedFields`), none for the others; `message` translates it.
 */
export function refusalMessages<F extends string>(
  refused: readonly F[],
  message: (field: F) => string,
): (field: F) => string | undefined {
  return (field) => (refused.includes(field) ? message(field) : undefined);
}
