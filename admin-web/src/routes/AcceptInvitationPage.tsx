import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AcceptInvitationScreen } from '../features/invitations';

/**
 * Public (no sign-in): where the invitation mail's link lands, `/accept-invitation?token=…`.
 * Creating the account signs it in and opens the app.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation('invitations');
  usePageTitle(t('accept.documentTitle'));
  const [params] = useSearchParams();
  return <AcceptInvitationScreen token={params.get('token')?.trim() || null} />;
}
