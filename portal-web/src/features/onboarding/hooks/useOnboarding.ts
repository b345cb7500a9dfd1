import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  OnboardingDocument,
  OnboardingStatusDocument,
  SaveOnboardingCustomerDocument,
  SetOnboardingStepDocument,
  type OnboardingStep,
  type UpdateCustomerInput,
} from '../../../gql/graphql';
import { furthestStep } from '../steps';

/**
 * Where the signed-in user's onboarding stands (`me.onboardingStep`), for the shell's
 * redirect. `step` is undefined while unknown; a failed look stays quiet: the onboarding is
 * guidance, never a reason to keep someone out of the app.
 */
export function useOnboardingStatus() {
  const { data, loading } = useQuery(OnboardingStatusDocument);
  return { step: data?.me?.onboardingStep, loading: loading && !data };
}

/** The onboarding's saved progress and values, to resume with them filled in. */
export function useOnboarding() {
  const { data, loading, error, refetch } = useQuery(OnboardingDocument);
  return {
    me: data?.me ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
  };
}

/**
 * Saves one step: the customer fields it changed (`updateCustomer`, skipped when there are
 * none), then the progress. The progress only moves forward, so a step saved again after
 * "Back" keeps the next visit at the furthest step reached. Throws the API's error as is
 * (BAD_USER_INPUT names the refused fields).
 */
export function useSaveOnboardingStep() {
  const [updateCustomer, { loading: savingCustomer }] = useMutation(SaveOnboardingCustomerDocument);
  const [setStep, { loading: savingStep }] = useMutation(SetOnboardingStepDocument);

  const save = useCallback(
    async ({
      customerId,
      input,
      saved,
      next,
    }: {
      customerId?: string;
      input?: UpdateCustomerInput;
      /** The step the account is at now. */
      saved: OnboardingStep;
      /** The step this save reaches. */
      next: OnboardingStep;
    }) => {
      if (customerId && input) await updateCustomer({ variables: { id: customerId, input } });
      const step = furthestStep(saved, next);
      if (step !== saved) await setStep({ variables: { step } });
    },
    [setStep, updateCustomer],
  );

  /** Ends the onboarding now ("Skip for now", or after the last step). */
  const finish = useCallback(async () => {
    await setStep({ variables: { step: 'DONE' } });
  }, [setStep]);

  return { save, finish, saving: savingCustomer || savingStep };
}
