type Listener = () => void;

const requiredListeners = new Set<Listener>();
const acceptedListeners = new Set<Listener>();
let acceptances = 0;

function notify(listeners: Set<Listener>): void {
  for (const listener of [...listeners]) listener();
}

function subscribe(listeners: Set<Listener>, listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Told by the Apollo client whenever the API refused an operation with FORBIDDEN /
 * CONSENT_REQUIRED (a new TERMS or PRIVACY version was published while the user was signed
 * in); the consent gate listens and asks again what is pending. One per page, like the
 * client itself.
 */
export function reportConsentRequired(): void {
  notify(requiredListeners);
}

/** Calls `listener` on every report until the returned function is called. */
export function onConsentRequired(listener: Listener): () => void {
  return subscribe(requiredListeners, listener);
}

/**
 * Told by the consent gate once the user accepted. Queries are refetched by the gate itself;
 * a subscription the API refused meanwhile has ended for good and must be started again
 * (see `useConsentAcceptances`).
 */
export function reportConsentAccepted(): void {
  acceptances += 1;
  notify(acceptedListeners);
}

export function onConsentAccepted(listener: Listener): () => void {
  return subscribe(acceptedListeners, listener);
}

/** How many times consent was given on this page so far. */
export function consentAcceptances(): number {
  return acceptances;
}
