import { useMutation } from '@apollo/client/react';
import { useAcceptLegalDocuments, useCompleteSignIn } from '@plannivo/web-kit/auth';
import type { Language } from '@plannivo/web-kit/i18n';
import { useCallback, useState } from 'react';
import { RegisterCustomerDocument } from '../../../gql/graphql';
import { useSetMarketingConsent } from '../../profile';

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  locale: Language;
  /** The current required documents (TERMS, PRIVACY) the person ticked "I accept" for. */
  acceptedDocumentIds: string[];
  marketingOptIn: boolean;
}

/** What went through besides the account itself; the rest can be done later. */
export interface SignUpOutcome {
  /** False when recording the acceptance failed: the consent gate asks again after sign-in. */
  consentRecorded: boolean;
  /** False when the marketing choice could not be saved: the profile page can. */
  marketingSaved: boolean;
}

/**
 * Creates the account (the API signs it in with a session cookie), records the accepted
 * documents and the marketing choice with that session, and only then makes the app see the
 * new user, so the consent gate never flashes up for documents just accepted.
 */
export function useSignUp() {
  const [register] = useMutation(RegisterCustomerDocument);
  const { accept } = useAcceptLegalDocuments();
  const { setMarketingConsent } = useSetMarketingConsent();
  const completeSignIn = useCompleteSignIn();
  const [loading, setLoading] = useState(false);

  const signUp = useCallback(
    async (input: SignUpInput): Promise<SignUpOutcome> => {
      setLoading(true);
      try {
        const { data } = await register({
          variables: {
            input: {
              name: input.name,
              email: input.email,
              password: input.password,
              locale: input.locale,
            },
          },
        });
        if (!data) throw new Error('registerCustomer returned no data');
        const outcome: SignUpOutcome = { consentRecorded: true, marketingSaved: true };
        try {
          await accept(input.acceptedDocumentIds, { refetch: false });
        } catch {
          outcome.consentRecorded = false;
        }
        if (input.marketingOptIn) {
          try {
            await setMarketingConsent(true);
          } catch {
            outcome.marketingSaved = false;
          }
        }
        await completeSignIn(data.registerCustomer.user);
        return outcome;
      } finally {
        setLoading(false);
      }
    },
    [accept, completeSignIn, register, setMarketingConsent],
  );

  return { signUp, loading };
}
