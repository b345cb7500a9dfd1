import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { humanizeCategory, isKnownCategory, minorDigits } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { dayBounds, instantAt, todayIn } from '@plannivo/web-kit/zoned';
import { IconBarcode, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  CheckOutRentalDocument,
  RentableEquipmentDocument,
  RentalBookingsOfDayDocument,
  RentalCustomerSearchDocument,
  RentalLocationsDocument,
  RentalTermsDocument,
} from '../../../gql/graphql';
import { toScaledInteger } from '../../../shared/lib/decimal';
import { formatDateTime } from '../../../shared/lib/dates';
import {
  byCategory,
  DEPOSIT_METHODS,
  DUE_PRESETS,
  dueOfPreset,
  findBySerial,
  localParts,
  type DepositMethodChoice,
  type DuePreset,
} from '../lib/checkout';
import { rentalRefusal, stepOfField } from '../lib/refusal';
import { RefusalAlert } from './RefusalAlert';
import { SignatureField } from './SignatureField';

const STEPS = ['customer', 'items', 'conditions', 'deposit', 'contract'] as const;

/**
 * The desk's check-out, made for a tablet (large targets, one question per step): who rents
 * (a customer found by name, or a booking of today whose gear they take), until when and
 * which items (only what is free until then; by category and size, or by typing or scanning
 * a serial number), each item's condition, the deposit and how it was taken, then the rental
 * terms to read, the name typed and the signature drawn. The API decides; a refusal sends
 * the desk back to the step it concerns, with the reason in words.
 */
export function CheckOutFlow() {
  const { t } = useTranslation('rentals');
  const language = useCurrentLanguage();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);

  const locations = useQuery(RentalLocationsDocument);
  const [locationId, setLocationId] = useState<string | null>(null);
  const location =
    locations.data?.locations.find((l) => l.id === locationId) ?? locations.data?.locations[0];
  const zone = location?.timezone ?? 'UTC';

  // Step 1: customer, or a booking of today.
  const [mode, setMode] = useState<'search' | 'booking'>('search');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const customers = useQuery(RentalCustomerSearchDocument, {
    variables: { search: debounced || null, first: 15 },
  });
  const [customer, setCustomer] = useState<{ id: string; name: string } | null>(null);
  const today = location ? dayBounds(todayIn(zone), zone) : null;
  const bookings = useQuery(RentalBookingsOfDayDocument, {
    variables: {
      filter: {
        locationId: location?.id,
        from: today?.from,
        to: today?.to,
        status: ['PENDING', 'CONFIRMED', 'CHECKED_IN'],
      },
    },
    skip: !location || mode !== 'booking',
  });
  const [bookingId, setBookingId] = useState<string | null>(null);
  const booking = bookings.data?.bookings.edges.find((e) => e.node.id === bookingId)?.node;

  // Step 2: due time and items.
  const [preset, setPreset] = useState<DuePreset | 'custom'>('2h');
  const [customDue, setCustomDue] = useState<{ date: string; time: string }>(() =>
    localParts(new Date(Date.now() + 2 * 3_600_000).toISOString(), zone),
  );
  const dueAt = useMemo(() => {
    if (preset !== 'custom') return dueOfPreset(preset, zone, new Date());
    try {
      return instantAt(customDue.date, customDue.time, zone);
    } catch {
      return null;
    }
    // The preset's instant is fixed when chosen; recomputed when the step is shown again.
  }, [preset, customDue, zone, step]); // eslint-disable-line react-hooks/exhaustive-deps
  const rentable = useQuery(RentableEquipmentDocument, {
    variables: { locationId: location?.id ?? '', until: dueAt ?? '', bookingId },
    skip: !location || !dueAt || new Date(dueAt) <= new Date(),
  });
  const items = useMemo(() => rentable.data?.rentableEquipment ?? [], [rentable.data]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [category, setCategory] = useState<string | null>(null);
  const [size, setSize] = useState<string | null>(null);
  const [serial, setSerial] = useState('');
  const [serialMiss, setSerialMiss] = useState(false);
  const groups = useMemo(() => byCategory(items), [items]);
  const categoryLabel = (key: string) =>
    isKnownCategory(key)
      ? t(`gear.categories.${key}`, { ns: 'bookingWizard' })
      : humanizeCategory(key);

  // Step 3 and 4: conditions, deposit.
  const [conditions, setConditions] = useState<Record<string, string>>({});
  const [method, setMethod] = useState<DepositMethodChoice>('CASH');
  const [amount, setAmount] = useState<string | number>('');
  const [notes, setNotes] = useState('');

  // Step 5: terms and signature.
  const terms = useQuery(RentalTermsDocument);
  const rentalTerms = terms.data?.currentLegalDocuments.find((d) => d.kind === 'RENTAL');
  const [signerName, setSignerName] = useState('');
  const [signature, setSignature] = useState<string | null>(null);
  const [checkOut, { loading: saving, error: saveError, reset }] =
    useMutation(CheckOutRentalDocument);
  const [problems, setProblems] = useState<Record<string, string>>({});

  const currency = location?.currency ?? 'EUR';
  const digits = minorDigits(currency);
  const amountMinor =
    method === 'NONE' ? 0 : amount === '' ? 0 : (toScaledInteger(String(amount), digits) ?? -1);

  const pickBooking = (id: string | null) => {
    setBookingId(id);
    const picked = bookings.data?.bookings.edges.find((e) => e.node.id === id)?.node;
    if (!picked) return;
    const person = picked.customers[0];
    if (person) setCustomer({ id: person.id, name: person.name });
    setChosen(picked.equipment.map((e) => e.id));
    setPreset('custom');
    setCustomDue(localParts(picked.endsAt, zone));
  };
  const toggle = (id: string) =>
    setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const addSerial = () => {
    const found = findBySerial(items, serial);
    setSerialMiss(!found);
    if (found && !chosen.includes(found.id)) setChosen((list) => [...list, found.id]);
    if (found) setSerial('');
  };

  const stepProblem = (index: number): string | null => {
    if (index === 0 && !customer) return t('checkout.customer.required');
    if (index === 1) {
      if (!dueAt || new Date(dueAt) <= new Date()) return t('checkout.due.future');
      if (!chosen.length) return t('checkout.items.required');
    }
    if (index === 3 && amountMinor < 0) return t('checkout.deposit.invalid');
    if (index === 3 && (method === 'CASH' || method === 'CARD') && amountMinor === 0)
      return t('checkout.deposit.amountRequired');
    return null;
  };
  const [shownProblem, setShownProblem] = useState<string | null>(null);
  const next = () => {
    const problem = stepProblem(step);
    setShownProblem(problem);
    if (!problem) setStep((s) => Math.min(s + 1, STEPS.length - 1));
  };

  const submit = async () => {
    const local: Record<string, string> = {};
    if (!signerName.trim()) local.signerName = t('checkout.contract.nameRequired');
    if (!signature) local.signature = t('checkout.signature.required');
    setProblems(local);
    if (Object.keys(local).length || !location || !customer || !dueAt || !rentalTerms) return;
    reset();
    try {
      const result = await checkOut({
        variables: {
          input: {
            locationId: location.id,
            customerId: customer.id,
            bookingId,
            items: chosen.map((equipmentId) => ({
              equipmentId,
              conditionOut: conditions[equipmentId]?.trim() || null,
            })),
            dueAt,
            signerName: signerName.trim(),
            signature: signature!,
            deposit: { amountMinor, currency, method },
            termsDocumentId: rentalTerms.id,
            notes: notes.trim() || null,
          },
        },
      });
      const rental = result.data!.checkOutRental;
      notifications.show({
        color: 'teal',
        message: t('checkout.done', { number: rental.number, name: rental.customer.name }),
      });
      void navigate(`/rentals/${rental.id}`);
    } catch (caught) {
      const refusal = rentalRefusal(caught);
      const fields = Object.keys(refusal.fields);
      if (refusal.code === 'BAD_USER_INPUT' && fields.length)
        setStep(Math.min(...fields.map(stepOfField)));
      else if (refusal.code === 'CONFLICT' || refusal.code === 'BOOKING_CONFLICT') {
        setStep(1);
        void rentable.refetch();
      }
    }
  };

  const chosenItems = chosen
    .map((id) => items.find((i) => i.id === id))
    .filter((i): i is (typeof items)[number] => Boolean(i));
  const sizes = category
    ? [...new Set((groups.get(category) ?? []).map((i) => i.size).filter(Boolean) as string[])]
    : [];

  return (
    <Stack gap="lg">
      {saveError && <RefusalAlert error={saveError} zone={zone} />}
      <Stepper
        active={step}
        onStepClick={(index) => index < step && setStep(index)}
        size="md"
        allowNextStepsSelect={false}
      >
        <Stepper.Step label={t('checkout.steps.customer')}>
          <Stack gap="md" maw={720}>
            <Select
              label={t('checkout.location')}
              data={(locations.data?.locations ?? []).map((l) => ({ value: l.id, label: l.name }))}
              value={location?.id ?? null}
              onChange={(id) => {
                setLocationId(id);
                setChosen([]);
                setBookingId(null);
              }}
              allowDeselect={false}
              size="md"
            />
            <SegmentedControl
              size="md"
              value={mode}
              onChange={(value) => setMode(value as 'search' | 'booking')}
              data={[
                { value: 'search', label: t('checkout.customer.search') },
                { value: 'booking', label: t('checkout.customer.fromBooking') },
              ]}
            />
            {mode === 'search' ? (
              <Select
                label={t('checkout.customer.label')}
                placeholder={t('checkout.customer.placeholder')}
                leftSection={<IconSearch size={18} aria-hidden />}
                searchable
                size="lg"
                searchValue={search}
                onSearchChange={setSearch}
                filter={({ options }) => options}
                data={[
                  ...(customer ? [{ value: customer.id, label: customer.name }] : []),
                  ...(customers.data?.customers.edges ?? [])
                    .filter((e) => e.node.id !== customer?.id)
                    .map((e) => ({ value: e.node.id, label: e.node.name })),
                ]}
                value={customer?.id ?? null}
                onChange={(id, option) => {
                  setCustomer(id && option ? { id, name: option.label } : null);
                  setBookingId(null);
                }}
                nothingFoundMessage={t('checkout.customer.nothingFound')}
              />
            ) : (
              <Stack gap="xs">
                {(bookings.data?.bookings.edges ?? []).length === 0 && (
                  <Text c="dimmed">{t('checkout.customer.noBookings')}</Text>
                )}
                {(bookings.data?.bookings.edges ?? []).map(({ node }) => (
                  <Card
                    key={node.id}
                    withBorder
                    padding="md"
                    component="button"
                    type="button"
                    onClick={() => pickBooking(node.id)}
                    style={{
                      textAlign: 'left',
                      cursor: 'pointer',
                      borderColor:
                        node.id === bookingId ? 'var(--mantine-color-blue-6)' : undefined,
                    }}
                    aria-pressed={node.id === bookingId}
                  >
                    <Group justify="space-between">
                      <Text fw={600}>{node.customers.map((c) => c.name).join(', ')}</Text>
                      <Text c="dimmed">{formatDateTime(node.startsAt, language, zone)}</Text>
                    </Group>
                    <Text fz="sm">
                      {node.service.name} ·{' '}
                      {t('checkout.customer.gearCount', { count: node.equipment.length })}
                    </Text>
                  </Card>
                ))}
              </Stack>
            )}
            {customer && (
              <Text fz="lg">
                {t('checkout.customer.chosen')} <b>{customer.name}</b>
                {booking ? ` · ${booking.service.name}` : ''}
              </Text>
            )}
          </Stack>
        </Stepper.Step>

        <Stepper.Step label={t('checkout.steps.items')}>
          <Stack gap="md">
            <Text fw={600}>{t('checkout.due.label')}</Text>
            <Group gap="xs">
              {DUE_PRESETS.map((p) => (
                <Button
                  key={p}
                  size="md"
                  variant={preset === p ? 'filled' : 'default'}
                  onClick={() => setPreset(p)}
                >
                  {t(`checkout.due.presets.${p}`)}
                </Button>
              ))}
              <Button
                size="md"
                variant={preset === 'custom' ? 'filled' : 'default'}
                onClick={() => setPreset('custom')}
              >
                {t('checkout.due.custom')}
              </Button>
            </Group>
            {preset === 'custom' && (
              <Group>
                <TextInput
                  type="date"
                  size="md"
                  label={t('checkout.due.date')}
                  value={customDue.date}
                  onChange={(e) => setCustomDue((d) => ({ ...d, date: e.currentTarget.value }))}
                />
                <TextInput
                  type="time"
                  size="md"
                  label={t('checkout.due.time')}
                  value={customDue.time}
                  onChange={(e) => setCustomDue((d) => ({ ...d, time: e.currentTarget.value }))}
                />
              </Group>
            )}
            {dueAt && (
              <Text>
                {t('checkout.due.until', { when: formatDateTime(dueAt, language, zone) })}
              </Text>
            )}
            <Group align="flex-end">
              <TextInput
                size="md"
                label={t('checkout.items.serial')}
                placeholder={t('checkout.items.serialPlaceholder')}
                leftSection={<IconBarcode size={18} aria-hidden />}
                value={serial}
                onChange={(e) => {
                  setSerial(e.currentTarget.value);
                  setSerialMiss(false);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addSerial();
                  }
                }}
                error={serialMiss ? t('checkout.items.serialMissing') : undefined}
              />
              <Button size="md" variant="light" onClick={addSerial}>
                {t('checkout.items.add')}
              </Button>
            </Group>
            <Group gap="xs">
              <Button
                size="sm"
                variant={category === null ? 'filled' : 'default'}
                onClick={() => {
                  setCategory(null);
                  setSize(null);
                }}
              >
                {t('checkout.items.allCategories')}
              </Button>
              {[...groups.keys()].map((key) => (
                <Button
                  key={key}
                  size="sm"
                  variant={category === key ? 'filled' : 'default'}
                  onClick={() => {
                    setCategory(key);
                    setSize(null);
                  }}
                >
                  {categoryLabel(key)} ({groups.get(key)!.length})
                </Button>
              ))}
            </Group>
            {sizes.length > 1 && (
              <SegmentedControl
                data={[
                  { value: '', label: t('checkout.items.allSizes') },
                  ...sizes.map((s) => ({ value: s, label: s })),
                ]}
                value={size ?? ''}
                onChange={(value) => setSize(value || null)}
              />
            )}
            {rentable.loading && <Text c="dimmed">{t('checkout.items.loading')}</Text>}
            {!rentable.loading && items.length === 0 && (
              <Text c="dimmed">{t('checkout.items.none')}</Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {items
                .filter((i) => (!category || i.category === category) && (!size || i.size === size))
                .map((item) => (
                  <Checkbox.Card
                    key={item.id}
                    checked={chosen.includes(item.id)}
                    onClick={() => toggle(item.id)}
                    radius="md"
                    p="md"
                    aria-label={item.name}
                  >
                    <Group wrap="nowrap" align="flex-start">
                      <Checkbox.Indicator size="md" />
                      <div>
                        <Text fw={600}>{item.name}</Text>
                        <Text fz="sm" c="dimmed">
                          {categoryLabel(item.category)}
                          {item.size ? ` · ${item.size}` : ''}
                          {item.serialNumber ? ` · ${item.serialNumber}` : ''}
                        </Text>
                      </div>
                    </Group>
                  </Checkbox.Card>
                ))}
            </SimpleGrid>
            <Text fw={600}>{t('checkout.items.chosen', { count: chosen.length })}</Text>
          </Stack>
        </Stepper.Step>

        <Stepper.Step label={t('checkout.steps.conditions')}>
          <Stack gap="md" maw={720}>
            <Text c="dimmed">{t('checkout.conditions.help')}</Text>
            {chosenItems.map((item) => (
              <TextInput
                key={item.id}
                size="md"
                label={`${item.name}${item.serialNumber ? ` (${item.serialNumber})` : ''}`}
                placeholder={t('checkout.conditions.placeholder')}
                value={conditions[item.id] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setConditions((c) => ({ ...c, [item.id]: value }));
                }}
                maxLength={500}
              />
            ))}
          </Stack>
        </Stepper.Step>

        <Stepper.Step label={t('checkout.steps.deposit')}>
          <Stack gap="md" maw={720}>
            <SegmentedControl
              size="lg"
              fullWidth
              value={method}
              onChange={(value) => setMethod(value as DepositMethodChoice)}
              data={DEPOSIT_METHODS.map((m) => ({ value: m, label: t(`deposit.methods.${m}`) }))}
            />
            {method !== 'NONE' && (
              <NumberInput
                size="lg"
                label={t('checkout.deposit.amount', { currency })}
                value={amount}
                onChange={setAmount}
                min={0}
                decimalScale={digits}
                thousandSeparator={language === 'tr' ? '.' : ','}
                decimalSeparator={language === 'tr' ? ',' : '.'}
                error={amountMinor < 0 ? t('checkout.deposit.invalid') : undefined}
              />
            )}
            <Textarea
              label={t('checkout.notes')}
              value={notes}
              onChange={(e) => setNotes(e.currentTarget.value)}
              maxLength={1000}
              autosize
              minRows={2}
            />
          </Stack>
        </Stepper.Step>

        <Stepper.Step label={t('checkout.steps.contract')}>
          <Stack gap="md" maw={860}>
            {!terms.loading && !rentalTerms && (
              <Alert
                color="red"
                variant="light"
                role="alert"
                title={t('checkout.contract.noTermsTitle')}
              >
                {t('checkout.contract.noTerms')}
              </Alert>
            )}
            {rentalTerms && (
              <Paper withBorder p="md" radius="md">
                <Title order={3} fz="lg">
                  {rentalTerms.title}{' '}
                  <Badge variant="light">
                    {t('checkout.contract.version', { version: rentalTerms.version })}
                  </Badge>
                </Title>
                <ScrollArea h={260} mt="sm" type="always" aria-label={t('checkout.contract.terms')}>
                  <Text style={{ whiteSpace: 'pre-wrap' }} fz="sm">
                    {rentalTerms.body}
                  </Text>
                </ScrollArea>
              </Paper>
            )}
            <Paper withBorder p="md" radius="md">
              <Text fz="sm">
                {t('checkout.contract.summary', {
                  name: customer?.name ?? '',
                  count: chosen.length,
                  when: dueAt ? formatDateTime(dueAt, language, zone) : '',
                })}
              </Text>
            </Paper>
            <TextInput
              size="lg"
              label={t('checkout.contract.name')}
              description={t('checkout.contract.nameHelp')}
              placeholder={customer?.name}
              value={signerName}
              onChange={(e) => setSignerName(e.currentTarget.value)}
              error={problems.signerName}
              required
            />
            <SignatureField onChange={setSignature} error={problems.signature} />
          </Stack>
        </Stepper.Step>
      </Stepper>

      {shownProblem && (
        <Alert color="orange" variant="light" role="alert">
          {shownProblem}
        </Alert>
      )}
      <Group justify="space-between">
        <Button
          size="lg"
          variant="default"
          onClick={() => {
            setShownProblem(null);
            setStep((s) => Math.max(0, s - 1));
          }}
          disabled={step === 0}
        >
          {t('checkout.back')}
        </Button>
        {step < STEPS.length - 1 ? (
          <Button size="lg" onClick={next}>
            {t('checkout.next')}
          </Button>
        ) : (
          <Button size="lg" color="teal" onClick={submit} loading={saving} disabled={!rentalTerms}>
            {t('checkout.submit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
