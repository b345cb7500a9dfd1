type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * Told by the Apollo client whenever the API refused an operation with FORBIDDEN /
 * CONSENT_REQUIRED (a new TERMS or PRIVACY version was published while the user was signed
 * in); the consent gate listens and asks again what is pending. One per page, like the
 * client itself.
 */
export function reportConsentRequired(): void {
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` on every report until the returned function is called. */
export function onConsentRequired(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
