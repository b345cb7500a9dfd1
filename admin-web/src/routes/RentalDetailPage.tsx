import { useCurrentUser } from '@plannivo/web-kit/auth';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RentalDetail } from '../features/rentals';
import { canAccess } from '../shared/lib/can';

export function RentalDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('rentals');
  usePageTitle(t('detail.documentTitle'));
  const { user: viewer } = useCurrentUser();
  return (
    <RentalDetail
      id={id}
      canCheckIn={viewer ? canAccess(viewer.role, 'rentals', 'update') : false}
    />
  );
}
