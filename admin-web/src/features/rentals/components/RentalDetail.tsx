import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Image,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { minorDigits } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CheckInRentalDocument,
  RentalDocument,
  type RentalDetailFieldsFragment,
} from '../../../gql/graphql';
import { toScaledInteger } from '../../../shared/lib/decimal';
import { formatDateTime } from '../../../shared/lib/dates';
import { RefusalAlert } from './RefusalAlert';
import { RentalStatusBadge } from './RentalStatusBadge';

/** A rental's page: the contract, its items and, while anything is out, the check-in. */
export function RentalDetail({ id, canCheckIn }: { id: string; canCheckIn: boolean }) {
  const { t } = useTranslation('rentals');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const result = useQuery(RentalDocument, { variables: { id } });
  const rental = result.data?.rental;
  if (result.error && !result.data)
    return (
      <Alert color="red" role="alert">
        {errorText(result.error)}
      </Alert>
    );
  if (!rental) return result.loading ? null : <Text>{t('detail.notFound')}</Text>;
  const zone = rental.location.timezone;
  const when = (iso: string) => formatDateTime(iso, language, zone);
  const out = rental.items.filter((i) => !i.returnedAt);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1}>{t('detail.title', { number: rental.number })}</Title>
            <RentalStatusBadge status={rental.status} overdue={rental.overdue} />
          </Group>
          <Text c="dimmed">
            {rental.location.name} · {rental.customer.name}
          </Text>
        </div>
        <Group>
          <Button
            component="a"
            href={`${rental.contractUrl}?lang=${language === 'tr' ? 'tr' : 'en'}`}
            target="_blank"
            rel="noopener"
            variant="light"
            size="md"
            leftSection={<IconFileTypePdf size={18} aria-hidden />}
          >
            {t('detail.contract')}
          </Button>
          <Button component={Link} to="/rentals" variant="default" size="md">
            {t('detail.back')}
          </Button>
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" radius="md">
          <Stack gap={6}>
            <Fact label={t('detail.checkedOut')} value={when(rental.checkedOutAt)} />
            <Fact
              label={t('detail.due')}
              value={
                <Text
                  span
                  c={rental.overdue ? 'red' : undefined}
                  fw={rental.overdue ? 700 : undefined}
                >
                  {when(rental.dueAt)}
                </Text>
              }
            />
            {rental.returnedAt && (
              <Fact label={t('detail.returned')} value={when(rental.returnedAt)} />
            )}
            {rental.booking && (
              <Fact
                label={t('detail.booking')}
                value={
                  <Link to={`/bookings/${rental.booking.id}`}>
                    {rental.booking.service.name}, {when(rental.booking.startsAt)}
                  </Link>
                }
              />
            )}
            <Fact
              label={t('detail.deposit')}
              value={
                rental.depositMethod === 'NONE'
                  ? t('deposit.methods.NONE')
                  : `${rental.deposit.formatted} · ${t(`deposit.methods.${rental.depositMethod}`)}`
              }
            />
            {rental.depositRetained.amountMinor > 0 && (
              <Fact label={t('detail.retained')} value={rental.depositRetained.formatted} />
            )}
            {rental.depositReturnedAt && (
              <Fact label={t('detail.depositReturned')} value={when(rental.depositReturnedAt)} />
            )}
            {rental.notes && <Fact label={t('checkout.notes')} value={rental.notes} />}
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap={6}>
            <Fact
              label={t('detail.terms')}
              value={`${rental.termsTitle ?? '—'} (${t('checkout.contract.version', { version: rental.termsVersion ?? '—' })})`}
            />
            <Fact label={t('detail.signedBy')} value={rental.signerName} />
            <Fact label={t('detail.signedAt')} value={when(rental.signedAt)} />
            <Image
              src={rental.signatureUrl}
              alt={t('detail.signatureOf', { name: rental.signerName })}
              h={110}
              w="auto"
              fit="contain"
              bg="white"
              style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
            />
          </Stack>
        </Paper>
      </SimpleGrid>

      <Title order={2} fz="h3">
        {t('detail.items')}
      </Title>
      <Table verticalSpacing="sm" fz="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('detail.item')}</Table.Th>
            <Table.Th>{t('detail.conditionOut')}</Table.Th>
            <Table.Th>{t('detail.conditionIn')}</Table.Th>
            <Table.Th>{t('detail.damage')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rental.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Text fw={600}>{item.equipment.name}</Text>
                <Text fz="xs" c="dimmed">
                  {[item.equipment.size, item.equipment.serialNumber].filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>{item.conditionOut ?? '—'}</Table.Td>
              <Table.Td>
                {item.returnedAt ? (
                  (item.conditionIn ?? t('detail.returnedAt', { when: when(item.returnedAt) }))
                ) : (
                  <Badge variant="light">{t('status.OUT')}</Badge>
                )}
              </Table.Td>
              <Table.Td>
                {item.damaged ? (
                  <Stack gap={2}>
                    <Badge color="orange">{t('status.damaged')}</Badge>
                    {item.damageNotes && <Text fz="sm">{item.damageNotes}</Text>}
                    {item.damageCharge.amountMinor > 0 && (
                      <Text fz="sm">
                        {t('detail.charge', { amount: item.damageCharge.formatted })}
                      </Text>
                    )}
                    {item.repairTaskId && (
                      <Text fz="xs" c="dimmed" data-testid="repair-task">
                        {t('detail.repairOpened')}
                      </Text>
                    )}
                  </Stack>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rental.items.some((i) => i.damageCharge.amountMinor > 0) && (
        <Text fz="sm" c="dimmed">
          {t('detail.chargeNote')}
        </Text>
      )}

      {canCheckIn && out.length > 0 && <CheckInForm rental={rental} />}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text fw={600} miw={150}>
        {label}
      </Text>
      <Text component="div">{value}</Text>
    </Group>
  );
}

interface ItemReturn {
  returning: boolean;
  conditionIn: string;
  damaged: boolean;
  damageNotes: string;
  charge: string | number;
}

/** The check-in of the items still out: condition, damage with notes and charge, the deposit. */
function CheckInForm({ rental }: { rental: RentalDetailFieldsFragment }) {
  const { t } = useTranslation('rentals');
  const language = useCurrentLanguage();
  const out = rental.items.filter((i) => !i.returnedAt);
  const currency = rental.deposit.currency;
  const digits = minorDigits(currency);
  const [state, setState] = useState<Record<string, ItemReturn>>(() =>
    Object.fromEntries(
      out.map((i) => [
        i.equipment.id,
        { returning: true, conditionIn: '', damaged: false, damageNotes: '', charge: '' },
      ]),
    ),
  );
  const [retained, setRetained] = useState<string | number>('');
  const [settle, setSettle] = useState(
    rental.depositMethod !== 'NONE' && !rental.depositReturnedAt,
  );
  const [checkIn, { loading, error, reset }] = useMutation(CheckInRentalDocument);
  const minor = (value: string | number) =>
    value === '' ? 0 : (toScaledInteger(String(value), digits) ?? -1);
  const set = (id: string, patch: Partial<ItemReturn>) =>
    setState((s) => ({ ...s, [id]: { ...s[id]!, ...patch } }));
  const returning = out.filter((i) => state[i.equipment.id]?.returning);

  const submit = async () => {
    reset();
    try {
      const result = await checkIn({
        variables: {
          input: {
            rentalId: rental.id,
            items: returning.map((i) => {
              const s = state[i.equipment.id]!;
              return {
                equipmentId: i.equipment.id,
                conditionIn: s.conditionIn.trim() || null,
                damaged: s.damaged,
                damageNotes: s.damaged ? s.damageNotes.trim() || null : null,
                damageCharge: s.damaged ? minor(s.charge) : 0,
              };
            }),
            depositRetained: rental.depositMethod === 'NONE' ? null : minor(retained),
            depositReturned: settle && returning.length === out.length ? true : null,
          },
        },
      });
      const updated = result.data!.checkInRental;
      notifications.show({
        color: 'teal',
        message:
          updated.status === 'RETURNED'
            ? t('checkin.doneAll', { number: updated.number })
            : t('checkin.donePart', { count: returning.length }),
      });
    } catch {
      // Shown below through `error`.
    }
  };

  return (
    <Card withBorder radius="md" p="lg">
      <Stack gap="md">
        <Title order={2} fz="h3">
          {t('checkin.title')}
        </Title>
        {error && <RefusalAlert error={error} zone={rental.location.timezone} />}
        {out.map((item) => {
          const s = state[item.equipment.id]!;
          return (
            <Paper key={item.id} withBorder p="md" radius="md">
              <Stack gap="sm">
                <Checkbox
                  size="md"
                  label={<Text fw={600}>{item.equipment.name}</Text>}
                  checked={s.returning}
                  onChange={(e) => set(item.equipment.id, { returning: e.currentTarget.checked })}
                />
                {s.returning && (
                  <>
                    <TextInput
                      size="md"
                      label={t('checkin.condition', { item: item.equipment.name })}
                      placeholder={t('checkout.conditions.placeholder')}
                      value={s.conditionIn}
                      onChange={(e) =>
                        set(item.equipment.id, { conditionIn: e.currentTarget.value })
                      }
                      maxLength={500}
                    />
                    <Switch
                      size="lg"
                      label={t('checkin.damaged', { item: item.equipment.name })}
                      checked={s.damaged}
                      onChange={(e) => set(item.equipment.id, { damaged: e.currentTarget.checked })}
                      color="orange"
                    />
                    {s.damaged && (
                      <Group align="flex-start" grow>
                        <Textarea
                          label={t('checkin.damageNotes', { item: item.equipment.name })}
                          value={s.damageNotes}
                          onChange={(e) =>
                            set(item.equipment.id, { damageNotes: e.currentTarget.value })
                          }
                          autosize
                          minRows={2}
                          maxLength={1000}
                        />
                        <NumberInput
                          size="md"
                          label={t('checkin.charge', { item: item.equipment.name, currency })}
                          value={s.charge}
                          onChange={(value) => set(item.equipment.id, { charge: value })}
                          min={0}
                          decimalScale={digits}
                          thousandSeparator={language === 'tr' ? '.' : ','}
                          decimalSeparator={language === 'tr' ? ',' : '.'}
                          error={minor(s.charge) < 0 ? t('checkout.deposit.invalid') : undefined}
                        />
                      </Group>
                    )}
                  </>
                )}
              </Stack>
            </Paper>
          );
        })}
        {rental.depositMethod !== 'NONE' && (
          <Group align="flex-end">
            <NumberInput
              size="md"
              label={t('checkin.retained', { deposit: rental.deposit.formatted })}
              value={retained}
              onChange={setRetained}
              min={0}
              decimalScale={digits}
              thousandSeparator={language === 'tr' ? '.' : ','}
              decimalSeparator={language === 'tr' ? ',' : '.'}
            />
            {returning.length === out.length && !rental.depositReturnedAt && (
              <Checkbox
                size="md"
                label={t('checkin.settle')}
                checked={settle}
                onChange={(e) => setSettle(e.currentTarget.checked)}
              />
            )}
          </Group>
        )}
        <Group>
          <Button size="lg" onClick={submit} loading={loading} disabled={returning.length === 0}>
            {t('checkin.submit', { count: returning.length })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
