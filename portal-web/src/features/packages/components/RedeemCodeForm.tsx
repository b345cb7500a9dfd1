import { Alert, Button, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconCircleCheck, IconTicket } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRedeemVoucher } from '../hooks/useMyPackages';
import { redeemRefusal, tidyCode } from '../lib/packages';

/**
 * "Redeem a code": a gift package becomes yours (or a family member's) and its days start
 * today; a credit voucher lands in the wallet. Large touch targets, the code's keyboard in
 * capitals, and the outcome said in words.
 */
export function RedeemCodeForm({ people }: { people: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation('packages');
  const errorText = useErrorText();
  const titleId = useId();
  const [code, setCode] = useState('');
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [redeem, { loading }] = useRedeemVoucher();
  const forWhom = customerId ?? people[0]?.id ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!code.trim()) {
      setProblem(t('redeem.enterCode'));
      return;
    }
    setProblem(null);
    try {
      const result = await redeem({ variables: { input: { code, customerId: forWhom } } });
      const voucher = result.data?.redeemVoucher;
      setDone(
        voucher?.kind === 'CREDIT'
          ? t('redeem.doneCredit', { amount: voucher.amount?.formatted ?? '' })
          : t('redeem.donePackage', { name: voucher?.customerPackage?.name ?? '' }),
      );
      setCode('');
    } catch (error) {
      const refusal = redeemRefusal(error);
      setProblem(refusal === 'other' ? errorText(error) : t(`redeem.refused.${refusal}`));
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h4" id={titleId}>
            {t('redeem.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('redeem.hint')}
          </Text>
          <TextInput
            label={t('redeem.code')}
            placeholder="XXXX-XXXX-XXXX"
            value={code}
            onChange={(e) => {
              setCode(e.currentTarget.value);
              setProblem(null);
            }}
            onBlur={() => setCode((c) => (c.trim() ? tidyCode(c) : c))}
            leftSection={<IconTicket size={18} aria-hidden />}
            size="md"
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="done"
            error={problem}
            styles={{
              input: {
                fontFamily: 'var(--mantine-font-family-monospace)',
                letterSpacing: '0.08em',
              },
            }}
          />
          {people.length > 1 && (
            <Select
              label={t('redeem.for')}
              data={people.map((p) => ({ value: p.id, label: p.name }))}
              value={forWhom}
              onChange={setCustomerId}
              allowDeselect={false}
              size="md"
            />
          )}
          <Button type="submit" size="md" fullWidth loading={loading}>
            {t('redeem.submit')}
          </Button>
          {done && (
            <Alert
              color="teal"
              variant="light"
              icon={<IconCircleCheck aria-hidden />}
              role="status"
            >
              {done}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
