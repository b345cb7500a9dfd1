import {
  ActionIcon,
  Badge,
  CopyButton,
  Group,
  Progress,
  Select,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCheck, IconCopy, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CustomerPackageStatus,
  PackageUnit,
  PaymentMethod,
  VoucherStatus,
} from '../../../gql/graphql';
import { MethodPicker as PaymentMethodPicker } from '../../payments';
import { useCustomerSearch } from '../hooks/usePackages';
import {
  hoursAndMinutes,
  PACKAGE_STATUS_COLOR,
  usedPercent,
  VOUCHER_STATUS_COLOR,
} from '../lib/packages';

export function PackageStatusBadge({ status }: { status: CustomerPackageStatus }) {
  const { t } = useTranslation('packages');
  return (
    <Badge color={PACKAGE_STATUS_COLOR[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

export function VoucherStatusBadge({ status }: { status: VoucherStatus }) {
  const { t } = useTranslation('packages');
  return (
    <Badge color={VOUCHER_STATUS_COLOR[status]} variant="light">
      {t(`voucherStatus.${status}`)}
    </Badge>
  );
}

/** "8 h 30 min", "10 h", "45 min" in the reader's language. */
export function useDuration() {
  const { t } = useTranslation('packages');
  return (minutes: number) => {
    const { hours, minutes: rest } = hoursAndMinutes(minutes);
    if (!hours) return t('units.minutes', { count: rest });
    if (!rest) return t('units.hours', { count: hours });
    return t('units.hoursMinutes', { hours, minutes: rest });
  };
}

/** What is left of one item, with a bar of what was used. */
export function ItemProgress({
  name,
  unit,
  units,
  used,
  remaining,
}: {
  name: string;
  unit: PackageUnit;
  units: number;
  used: number;
  remaining: number;
}) {
  const { t } = useTranslation('packages');
  const duration = useDuration();
  const left =
    unit === 'MINUTES'
      ? t('item.timeLeft', { left: duration(remaining), total: duration(units) })
      : t('item.sessionsLeft', { left: remaining, count: units });
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fz="sm" fw={500} truncate>
          {name}
        </Text>
        <Text fz="sm" c={remaining > 0 ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
          {left}
        </Text>
      </Group>
      <Progress
        value={usedPercent(used, units)}
        color={remaining > 0 ? 'ocean' : 'gray'}
        size="md"
        radius="xl"
        aria-label={t('item.usedOf', { name, left })}
      />
    </Stack>
  );
}

/** A voucher code in print, with a button that copies it. */
export function CodeWithCopy({ code, size = 'sm' }: { code: string; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('packages');
  return (
    <Group gap={4} wrap="nowrap">
      <Text
        ff="monospace"
        fw={700}
        fz={size}
        style={{ letterSpacing: '0.08em', whiteSpace: 'nowrap' }}
      >
        {code}
      </Text>
      <CopyButton value={code} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('code.copied') : t('code.copy')} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={t('code.copyNamed', { code })}
            >
              {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** The methods a location takes, as one row of choices. */
/** How a sale is paid: the payments feature's method cards, or a word when there is none. */
export function MethodPicker({
  methods,
  value,
  onChange,
  error,
}: {
  methods: readonly PaymentMethod[];
  value: PaymentMethod | null;
  onChange: (method: PaymentMethod) => void;
  error?: string;
}) {
  const { t } = useTranslation('packages');
  if (methods.length === 0)
    return (
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('sell.method')}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('sell.noMethods')}
        </Text>
        {error && (
          <Text fz="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    );
  return (
    <PaymentMethodPicker
      label={t('sell.method')}
      methods={methods}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

export interface PickedCustomer {
  id: string;
  name: string;
}

/** One customer chosen by name, email or phone, through the API's search. */
export function CustomerSelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: PickedCustomer | null;
  onChange: (customer: PickedCustomer | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('packages');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { customers, loading } = useCustomerSearch(debounced);
  const known = useMemo(() => {
    const byId = new Map<string, PickedCustomer & { contact?: string }>();
    if (value) byId.set(value.id, value);
    for (const c of customers)
      byId.set(c.id, { id: c.id, name: c.name, contact: c.email ?? c.phone ?? undefined });
    return byId;
  }, [customers, value]);
  return (
    <Select
      label={label}
      placeholder={t('customer.placeholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      data={[...known.values()].map((c) => ({ value: c.id, label: c.name }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (known.get(id) ?? null) : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The API ranks and filters; the list shows its answer as it is.
      filter={({ options }) => options}
      nothingFoundMessage={loading ? t('customer.searching') : t('customer.nothingFound')}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text fz="sm">{option.label}</Text>
          {known.get(option.value)?.contact && (
            <Text fz="xs" c="dimmed">
              {known.get(option.value)?.contact}
            </Text>
          )}
        </Stack>
      )}
      required
      error={error}
    />
  );
}
