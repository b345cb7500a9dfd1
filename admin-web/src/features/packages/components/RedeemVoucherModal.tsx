import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle, IconTicket } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../shared/ui/AppModal';
import { useRedeemVoucher } from '../hooks/usePackages';
import { redeemRefusal } from '../lib/errors';
import { tidyCode } from '../lib/packages';
import { CustomerSelect, type PickedCustomer } from './PackageParts';

/**
 * "Redeem a code" at the desk: a gift package becomes the customer's (its days start now),
 * credit goes to their wallet. Without a customer given, staff pick one.
 */
export function RedeemVoucherModal({
  opened,
  customerId,
  onClose,
}: {
  opened: boolean;
  customerId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('packages');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('redeem.title')}>
      {opened && <RedeemForm customerId={customerId ?? null} onDone={onClose} />}
    </AppModal>
  );
}

function RedeemForm({ customerId, onDone }: { customerId: string | null; onDone: () => void }) {
  const { t } = useTranslation('packages');
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [customer, setCustomer] = useState<PickedCustomer | null>(null);
  const [problems, setProblems] = useState<{ code?: string; customer?: string; form?: string }>({});
  const [redeem, { loading }] = useRedeemVoucher();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const who = customerId ?? customer?.id ?? null;
    const found: typeof problems = {};
    if (!code.trim()) found.code = t('errors.code');
    if (!who) found.customer = t('errors.customer');
    setProblems(found);
    if (Object.keys(found).length) return;
    try {
      const result = await redeem({ variables: { input: { code, customerId: who } } });
      const voucher = result.data?.redeemVoucher;
      notifications.show({
        color: 'teal',
        title: t('redeem.doneTitle'),
        message:
          voucher?.kind === 'CREDIT'
            ? t('redeem.doneCredit', { amount: voucher.amount?.formatted ?? '' })
            : t('redeem.donePackage', { name: voucher?.customerPackage?.name ?? '' }),
      });
      onDone();
    } catch (error) {
      const refusal = redeemRefusal(error);
      if (refusal === 'other') setProblems({ form: errorText(error) });
      else if (refusal === 'customer') setProblems({ customer: t('errors.customer') });
      else setProblems({ code: t(`redeem.refused.${refusal}`) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {!customerId && (
          <CustomerSelect
            label={t('redeem.customer')}
            value={customer}
            onChange={setCustomer}
            error={problems.customer}
          />
        )}
        <TextInput
          label={t('redeem.code')}
          description={t('redeem.codeHint')}
          placeholder="XXXX-XXXX-XXXX"
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value);
            setProblems((p) => ({ ...p, code: undefined }));
          }}
          onBlur={() => setCode((c) => (c.trim() ? tidyCode(c) : c))}
          leftSection={<IconTicket size={16} aria-hidden />}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          error={problems.code}
          data-autofocus
          styles={{
            input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.08em' },
          }}
        />
        {problems.form && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {problems.form}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('redeem.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
