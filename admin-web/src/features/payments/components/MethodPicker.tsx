import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import {
  IconBuildingBank,
  IconCash,
  IconCreditCard,
  IconWallet,
  type Icon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../gql/graphql';

const ICONS = {
  CASH: IconCash,
  CARD: IconCreditCard,
  BANK_TRANSFER: IconBuildingBank,
  WALLET: IconWallet,
} as const satisfies Record<PaymentMethod, Icon>;

/**
 * How the money is paid, among the methods the location takes: one card per method, each a
 * radio (named by the method), with its icon.
 */
export function MethodPicker({
  methods,
  value,
  onChange,
  error,
  description,
  label,
}: {
  methods: readonly PaymentMethod[];
  value: PaymentMethod | null;
  onChange: (method: PaymentMethod) => void;
  error?: ReactNode;
  description?: ReactNode;
  /** The group's label: "Method" unless told. */
  label?: ReactNode;
}) {
  const { t } = useTranslation('payments');
  return (
    <Radio.Group
      label={label ?? t('take.method')}
      value={value}
      onChange={(next) => onChange(next as PaymentMethod)}
      error={error}
      description={description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      required
    >
      <SimpleGrid
        cols={methods.length === 3 ? 3 : Math.min(methods.length, 2)}
        spacing="xs"
        mt={6}
        mb={4}
      >
        {methods.map((method) => {
          const MethodIcon = ICONS[method];
          const checked = value === method;
          return (
            <Radio.Card
              key={method}
              value={method}
              radius="md"
              p="xs"
              style={{
                borderColor: checked ? 'var(--mantine-primary-color-filled)' : undefined,
                background: checked ? 'var(--mantine-primary-color-light)' : undefined,
              }}
            >
              <Group gap={8} wrap="nowrap" justify="center">
                <MethodIcon size={18} aria-hidden style={{ flexShrink: 0 }} />
                <Text fz="sm" fw={checked ? 600 : 500}>
                  {t(`methods.${method}`)}
                </Text>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
