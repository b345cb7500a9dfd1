import { Anchor, Collapse, Group, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconChevronDown, IconChevronRight, IconGift } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerPackageFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/lib/dates';
import { CodeWithCopy, ItemProgress, PackageStatusBadge, useDuration } from './PackageParts';

/**
 * One sold package as staff read it: its state and dates, what is left of each item with a
 * bar, who holds it (and who bought it), its gift code, and the lessons it paid for.
 */
export function PackageCard({
  pkg,
  customerId,
}: {
  pkg: CustomerPackageFieldsFragment;
  /** The record the card is shown on: the holder or buyer is named only when it is someone else. */
  customerId: string;
}) {
  const { t } = useTranslation('packages');
  const language = useCurrentLanguage();
  const duration = useDuration();
  const usagesId = useId();
  const [showUsages, setShowUsages] = useState(false);
  const zone = pkg.location?.timezone;

  const dates =
    pkg.status === 'AWAITING_REDEMPTION'
      ? t('card.awaiting', { days: pkg.validityDays })
      : pkg.expiresAt
        ? t(pkg.status === 'EXPIRED' ? 'card.expired' : 'card.expires', {
            date: formatDate(pkg.expiresAt, language, zone),
          })
        : null;

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Group gap={6} wrap="nowrap">
              {pkg.voucher && <IconGift size={18} aria-label={t('card.gift')} />}
              <Text fw={600} truncate>
                {pkg.name}
              </Text>
            </Group>
            <Text fz="sm" c="dimmed">
              {[
                t('card.bought', { date: formatDate(pkg.purchasedAt, language, zone) }),
                dates,
                pkg.location?.name,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          <PackageStatusBadge status={pkg.status} />
        </Group>

        {pkg.holder && pkg.holder.id !== customerId && (
          <Text fz="sm">
            {t('card.heldBy')}{' '}
            <Anchor component={Link} to={`/customers/${pkg.holder.id}`}>
              {pkg.holder.name}
            </Anchor>
          </Text>
        )}
        {pkg.buyer && pkg.buyer.id !== customerId && (
          <Text fz="sm">
            {t('card.boughtBy')}{' '}
            <Anchor component={Link} to={`/customers/${pkg.buyer.id}`}>
              {pkg.buyer.name}
            </Anchor>
          </Text>
        )}
        {pkg.voucher && (
          <Group gap="xs">
            <Text fz="sm" c="dimmed">
              {pkg.voucher.recipientName
                ? t('card.codeFor', { name: pkg.voucher.recipientName })
                : t('card.code')}
            </Text>
            <CodeWithCopy code={pkg.voucher.code} />
          </Group>
        )}

        <Stack gap="sm">
          {pkg.items.map((item) => (
            <ItemProgress
              key={item.service?.id ?? item.units}
              name={item.service?.name ?? t('card.service')}
              unit={item.unit}
              units={item.units}
              used={item.used}
              remaining={pkg.status === 'EXPIRED' ? 0 : item.remaining}
            />
          ))}
        </Stack>

        <Text fz="sm" c="dimmed">
          {t('card.paid', { price: pkg.price.formatted })}
          {pkg.remainingValue.amountMinor > 0 &&
            ` · ${t('card.unused', { amount: pkg.remainingValue.formatted })}`}
        </Text>

        {pkg.usages.length > 0 && (
          <Stack gap={6}>
            <UnstyledButton
              onClick={() => setShowUsages((v) => !v)}
              aria-expanded={showUsages}
              aria-controls={usagesId}
            >
              <Group gap={4}>
                {showUsages ? (
                  <IconChevronDown size={16} aria-hidden />
                ) : (
                  <IconChevronRight size={16} aria-hidden />
                )}
                <Text fz="sm" fw={500}>
                  {t('card.usages', { count: pkg.usages.length })}
                </Text>
              </Group>
            </UnstyledButton>
            <Collapse expanded={showUsages} id={usagesId}>
              <Table.ScrollContainer minWidth={480}>
                <Table fz="sm" verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('usage.date')}</Table.Th>
                      <Table.Th>{t('usage.lesson')}</Table.Th>
                      <Table.Th>{t('usage.who')}</Table.Th>
                      <Table.Th>{t('usage.used')}</Table.Th>
                      <Table.Th ta="right">{t('usage.value')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {pkg.usages.map((use) => (
                      <Table.Tr key={use.id}>
                        <Table.Td>
                          {use.booking ? (
                            <Anchor component={Link} to={`/bookings/${use.booking.id}`} fz="sm">
                              {formatDate(use.booking.startsAt, language, zone)}
                            </Anchor>
                          ) : (
                            formatDate(use.usedAt, language, zone)
                          )}
                        </Table.Td>
                        <Table.Td>{use.service?.name}</Table.Td>
                        <Table.Td>{use.customer?.name}</Table.Td>
                        <Table.Td>
                          {pkg.items.find((i) => i.service?.id === use.service?.id)?.unit ===
                          'SESSIONS'
                            ? t('units.sessions', { count: use.units })
                            : duration(use.units)}
                        </Table.Td>
                        <Table.Td ta="right">{use.value.formatted}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Collapse>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
