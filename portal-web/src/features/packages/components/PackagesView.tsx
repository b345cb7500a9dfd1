import { Skeleton, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@plannivo/web-kit/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyPackages } from '../hooks/useMyPackages';
import { byUsefulness } from '../lib/packages';
import { PackageCard } from './PackageCard';
import { RedeemCodeForm } from './RedeemCodeForm';

/** "My packages": a card per package (own and family), usable ones first, and a code to redeem. */
export function PackagesView() {
  const { t } = useTranslation('packages');
  const list = useMyPackages();
  // The clock of this visit: "14 days left" does not tick while the page is open.
  const now = useMemo(() => new Date(), []);
  const holders = new Set(list.packages.map((p) => p.holder?.id).filter(Boolean));

  if (list.error) return <ErrorAlert error={list.error} title={t('loadFailed')} />;
  return (
    <Stack gap="lg">
      {list.loading ? (
        <Stack gap="sm" aria-busy>
          {[0, 1].map((i) => (
            <Skeleton key={i} h={170} radius="md" />
          ))}
        </Stack>
      ) : list.packages.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Stack gap="sm">
          {byUsefulness(list.packages).map((pkg) => (
            <PackageCard key={pkg.id} pkg={pkg} showHolder={holders.size > 1} now={now} />
          ))}
        </Stack>
      )}
      <RedeemCodeForm people={list.people} />
    </Stack>
  );
}
