import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { IconPlus, IconTicket } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canAccess } from '../../../shared/lib/can';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { useCustomerPackages } from '../hooks/usePackages';
import { byUsefulness } from '../lib/packages';
import { PackageCard } from './PackageCard';
import { RedeemVoucherModal } from './RedeemVoucherModal';
import { SellPackageModal } from './SellPackageModal';

/**
 * A customer's packages (management): what is left of each, the lessons they paid for, gift
 * codes; "Sell a package" and "Redeem a code" for this customer.
 */
export function CustomerPackagesPanel({ customerId }: { customerId: string }) {
  const { user } = useCurrentUser();
  if (!user || !canAccess(user.role, 'finance')) return null;
  return <PackagesPanel customerId={customerId} />;
}

function PackagesPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation('packages');
  const titleId = useId();
  const { packages, loading, error, retry } = useCustomerPackages(customerId);
  const [dialog, setDialog] = useState<'sell' | 'redeem' | null>(null);

  if (loading) return <Skeleton h={160} radius="lg" />;
  if (error) return <ErrorState title={t('panel.loadFailed')} error={error} onRetry={retry} />;

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={2} fz="h4" id={titleId}>
            {t('panel.title')}
          </Title>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconTicket size={18} aria-hidden />}
              onClick={() => setDialog('redeem')}
            >
              {t('panel.redeem')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setDialog('sell')}
            >
              {t('panel.sell')}
            </Button>
          </Group>
        </Group>
        {packages.length === 0 ? (
          <Text c="dimmed" fz="sm">
            {t('panel.empty')}
          </Text>
        ) : (
          <Stack gap="sm">
            {byUsefulness(packages).map((pkg) => (
              <PackageCard key={pkg.id} pkg={pkg} customerId={customerId} />
            ))}
          </Stack>
        )}
      </Stack>
      <SellPackageModal
        opened={dialog === 'sell'}
        buyerId={customerId}
        onClose={() => setDialog(null)}
      />
      <RedeemVoucherModal
        opened={dialog === 'redeem'}
        customerId={customerId}
        onClose={() => setDialog(null)}
      />
    </Paper>
  );
}
