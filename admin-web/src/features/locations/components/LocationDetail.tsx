import { Alert, Badge, Skeleton, Text, ThemeIcon } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { LocalTime } from '@plannivo/web-kit/time';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconEye, IconMapPin, IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { canAccess } from '../../../shared/lib/can';
import { DetailFallback, DetailHeader, DetailPage } from '../../../shared/ui/DetailPage';
import { useLocationDetail } from '../hooks/useLocationDetail';
import { LocationForm } from './LocationForm';

/**
 * One location and its settings. Those who may change locations edit them here; everyone
 * else on staff reads them.
 */
export function LocationDetail({ id }: { id: string }) {
  const { t } = useTranslation('locations');
  const { user } = useCurrentUser();
  const canEdit = user !== null && canAccess(user.role, 'locations', 'update');
  const { location, loading, notFound, error, retry } = useLocationDetail(id);
  usePageTitle(location?.name ?? t('detail.documentTitle'));

  if (loading || error !== undefined || notFound || !location) {
    return (
      <DetailFallback
        ns="locations"
        backTo="/locations"
        state={{ loading, error, retry }}
        notFoundIcon={<IconMapQuestion size={26} />}
        skeleton={
          <>
            <Skeleton height={32} width={320} radius="sm" />
            <Skeleton height={220} radius="lg" />
            <Skeleton height={320} radius="lg" />
          </>
        }
      />
    );
  }

  return (
    <DetailPage ns="locations" backTo="/locations">
      <DetailHeader
        media={
          <ThemeIcon size={48} radius="md" variant="light" aria-hidden>
            <IconMapPin size={26} />
          </ThemeIcon>
        }
        title={location.name}
        facts={
          <>
            <Text fz="sm" c="dimmed">
              {t('detail.localTimeNow')}{' '}
              <LocalTime
                timeZone={location.timezone}
                options={{ weekday: 'short', hour: '2-digit', minute: '2-digit' }}
              />
            </Text>
            <Badge variant="light" radius="sm" tt="none">
              {location.currency}
            </Badge>
          </>
        }
      />
      {!canEdit && (
        <Alert color="gray" variant="light" icon={<IconEye size={18} aria-hidden />} role="status">
          {t('detail.readOnly')}
        </Alert>
      )}
      <LocationForm key={location.id} location={location} readOnly={!canEdit} />
    </DetailPage>
  );
}
