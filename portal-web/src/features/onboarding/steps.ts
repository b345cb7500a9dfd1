import type { OnboardingStep } from '../../gql/graphql';

/** The steps a person fills in, in order; DONE follows the last one. */
export const FORM_STEPS = ['PROFILE', 'SKILLS', 'EMERGENCY', 'PREFERENCES'] as const;
export type FormStep = (typeof FORM_STEPS)[number];

/** True while the account has an onboarding to go through (staff have none: null). */
export function isOnboardingPending(step: OnboardingStep | null | undefined): step is FormStep {
  return step != null && step !== 'DONE';
}

/** The step after `step`: DONE after the last one. */
export function nextStep(step: FormStep): OnboardingStep {
  return FORM_STEPS[FORM_STEPS.indexOf(step) + 1] ?? 'DONE';
}

export function previousStep(step: FormStep): FormStep | undefined {
  return FORM_STEPS[FORM_STEPS.indexOf(step) - 1];
}

/**
 * The later of two positions. Saving a step again after going back must not move the saved
 * progress backwards: the next visit resumes at the furthest step reached.
 */
export function furthestStep(saved: OnboardingStep, reached: OnboardingStep): OnboardingStep {
  const order = [...FORM_STEPS, 'DONE'];
  return order.indexOf(reached) > order.indexOf(saved) ? reached : saved;
}
