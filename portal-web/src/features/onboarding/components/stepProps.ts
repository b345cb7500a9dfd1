import type { OnboardingCustomerFragment, UpdateCustomerInput } from '../../../gql/graphql';

/** What the wizard gives each step. */
export interface StepProps {
  /** The saved values to start from; null for an account without a customer record. */
  customer: OnboardingCustomerFragment | null;
  /** Saves the step's fields (when it has any) and moves on; throws what the API refused. */
  onSave: (input?: UpdateCustomerInput) => Promise<void>;
  /** Back to the previous step; absent on the first. */
  onBack?: () => void;
}
