import {
  Alert,
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { LocalTime } from '@plannivo/web-kit/time';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconArrowLeft, IconEye, IconMapPin, IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canAccess } from '../../../shared/lib/can';
import { ErrorState } from '../../../shared/ui/ErrorState';
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

  const back = (
    <Anchor component={Link} to="/locations" fz="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );

  if (loading) {
    return (
      <Stack gap="lg" aria-busy>
        {back}
        <Skeleton height={32} width={320} radius="sm" />
        <Skeleton height={220} radius="lg" />
        <Skeleton height={320} radius="lg" />
      </Stack>
    );
  }
  if (error !== undefined) {
    return (
      <Stack gap="lg">
        {back}
        <Paper withBorder radius="lg">
          <ErrorState title={t('detail.errorTitle')} error={error} onRetry={retry} />
        </Paper>
      </Stack>
    );
  }
  if (notFound || !location) {
    return (
      <Stack gap="lg">
        {back}
        <EmptyState
          py={56}
          withIndicatorBackground
          icon={<IconMapQuestion size={26} />}
          title={t('detail.notFoundTitle')}
          description={t('detail.notFoundBody')}
        >
          <EmptyState.Actions>
            <Button component={Link} to="/locations" variant="default">
              {t('detail.back')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {back}
      <Group gap="md" wrap="nowrap" align="center">
        <ThemeIcon size={48} radius="md" variant="light" aria-hidden>
          <IconMapPin size={26} />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {location.name}
          </Title>
          <Group gap="sm" mt={4}>
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
          </Group>
        </div>
      </Group>
      {!canEdit && (
        <Alert color="gray" variant="light" icon={<IconEye size={18} aria-hidden />} role="status">
          {t('detail.readOnly')}
        </Alert>
      )}
      <LocationForm key={location.id} location={location} readOnly={!canEdit} />
    </Stack>
  );
}
