import { ActionIcon, Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { humanizeCategory, isKnownCategory, sizesByCategory } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { ErrorAlert } from '@plannivo/web-kit/ui';
import {
  IconArrowLeft,
  IconCircleCheck,
  IconHourglass,
  IconListDetails,
} from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BookCreateBookingMutation } from '../../../gql/graphql';
import {
  useBookAvailability,
  useBookPeople,
  useBookServices,
  useBookStock,
  useRequestBooking,
} from '../hooks/useBookData';
import {
  gearFor,
  gearInput,
  peopleLimit,
  stepsFor,
  type FlowStep,
  type GearChoice,
} from '../lib/flow';
import { policyNow } from '../lib/policy';
import { refusalOf, type Refusal } from '../lib/refusal';
import { formatLocalDateTime, formatTimeRange, todayIn } from '../lib/zoned';
import { BookingSummary } from './BookingSummary';
import { GearSizes } from './GearSizes';
import { PeoplePicker } from './PeoplePicker';
import { ServicePicker, type BookService } from './ServicePicker';
import { TimePicker, type BookSlot } from './TimePicker';

type Created = BookCreateBookingMutation['createBooking'];

/**
 * Booking on a phone, one decision per screen: service → day and time → who → gear sizes (when
 * the service needs gear) → summary with price and cancellation policy → a request the school
 * confirms. A group that filled up meanwhile offers its waiting list.
 */
export function BookFlow() {
  const { t } = useTranslation('booking');
  const language = useCurrentLanguage();
  const catalog = useBookServices();
  const family = useBookPeople();
  const { request, joinWaitlist, requesting, joining } = useRequestBooking();

  const [step, setStep] = useState<FlowStep>('service');
  const [service, setService] = useState<BookService | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [slot, setSlot] = useState<BookSlot | null>(null);
  const [who, setWho] = useState<string[]>([]);
  const [gear, setGear] = useState<GearChoice[]>([]);
  const [refusal, setRefusal] = useState<{ refusal: Refusal; error: unknown } | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [waiting, setWaiting] = useState(false);

  const availability = useBookAvailability(service?.id ?? null, date, family.me?.id ?? null);
  const stock = useBookStock(service?.location.id ?? null);
  const sizes = useMemo(() => sizesByCategory(stock.rows), [stock.rows]);
  const categoryLabel = useCallback(
    (category: string) =>
      isKnownCategory(category) ? t(`gear.categories.${category}`) : humanizeCategory(category),
    [t],
  );

  const steps = stepsFor(service);
  const index = steps.indexOf(step);
  const limit = peopleLimit(service?.capacity ?? 1, slot);
  const chosenPeople = family.people.filter((p) => who.includes(p.id));

  const back = () => {
    setRefusal(null);
    if (index > 0) setStep(steps[index - 1]!);
  };
  const chooseService = (s: BookService) => {
    setService(s);
    setDate(todayIn(s.location.timezone));
    setPage(0);
    setSlot(null);
    setGear([]);
    setStep('time');
  };
  const chooseSlot = (s: BookSlot) => {
    setSlot(s);
    const own = family.me?.id;
    setWho((current) => {
      const keep = current.filter((id) => family.people.some((p) => p.id === id));
      return (keep.length ? keep : own ? [own] : []).slice(0, Math.max(1, s.placesLeft));
    });
    setStep('who');
  };
  const afterWho = () => {
    if (service?.equipmentCategories.length) {
      setGear((current) => gearFor(service.equipmentCategories, who, current));
      setStep('gear');
    } else setStep('summary');
  };
  const send = async () => {
    if (!service || !slot) return;
    setRefusal(null);
    try {
      const booking = await request({
        serviceId: service.id,
        startsAt: slot.startsAt,
        customerIds: who,
        // A running group is joined with its own instructor, so a full one says so.
        ...(slot.sessionBookingId && slot.instructors[0]
          ? { instructorId: slot.instructors[0].id }
          : {}),
        ...(gearInput(gear).length ? { equipment: gearInput(gear) } : {}),
      });
      setCreated(booking);
    } catch (error) {
      setRefusal({ refusal: refusalOf(error), error });
    }
  };
  const wait = async (bookingId: string) => {
    try {
      await joinWaitlist(bookingId, who);
      setWaiting(true);
    } catch (error) {
      setRefusal({ refusal: { kind: 'other' }, error });
    }
  };
  const startAgain = () => {
    setCreated(null);
    setWaiting(false);
    setRefusal(null);
    setSlot(null);
    setStep('service');
  };

  if (created) return <Done booking={created} language={language} onAgain={startAgain} />;
  if (waiting)
    return (
      <Stack gap="md" align="flex-start">
        <Group gap="sm">
          <IconHourglass size={28} aria-hidden />
          <Title order={2} fz="h3">
            {t('waitlist.joinedTitle')}
          </Title>
        </Group>
        <Text>{t('waitlist.joined')}</Text>
        <Button component={Link} to="/bookings" leftSection={<IconListDetails size={18} />}>
          {t('done.myBookings')}
        </Button>
      </Stack>
    );

  const stepTitle = t(`steps.${step}`);
  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap">
          {index > 0 && (
            <ActionIcon variant="subtle" size="lg" onClick={back} aria-label={t('back')}>
              <IconArrowLeft size={20} />
            </ActionIcon>
          )}
          <Title order={2} fz="h4">
            {stepTitle}
          </Title>
        </Group>
        <Progress
          value={((index + 1) / steps.length) * 100}
          size="sm"
          aria-label={t('progress', { step: index + 1, count: steps.length })}
        />
        <Text fz="xs" c="dimmed">
          {t('progress', { step: index + 1, count: steps.length })}
          {service && step !== 'service' ? ` · ${service.name}` : ''}
        </Text>
      </Stack>

      {catalog.error && <ErrorAlert error={catalog.error} title={t('service.failed')} />}

      {step === 'service' && (
        <ServicePicker
          services={catalog.services}
          loading={catalog.loading}
          onChoose={chooseService}
        />
      )}
      {step === 'time' && service && date && (
        <TimePicker
          service={service}
          date={date}
          page={page}
          slots={availability.slots}
          loading={availability.loading}
          error={availability.error}
          onDate={setDate}
          onPage={setPage}
          onChoose={chooseSlot}
        />
      )}
      {step === 'who' && (
        <>
          <PeoplePicker people={family.people} chosen={who} limit={limit} onChange={setWho} />
          {limit === 0 && <Alert color="yellow">{t('who.full')}</Alert>}
          <Button
            size="md"
            onClick={afterWho}
            disabled={!who.length || who.length > limit}
            fullWidth
          >
            {t('continue')}
          </Button>
        </>
      )}
      {step === 'gear' && (
        <>
          <GearSizes
            people={chosenPeople}
            choices={gear}
            sizes={sizes}
            categoryLabel={categoryLabel}
            sizing={
              service?.kind === 'RENTAL' && slot
                ? { locationId: service.location.id, startsAt: slot.startsAt, endsAt: slot.endsAt }
                : null
            }
            onChange={setGear}
          />
          <Button size="md" onClick={() => setStep('summary')} fullWidth>
            {t('continue')}
          </Button>
        </>
      )}
      {step === 'summary' && service && slot && (
        <BookingSummary
          service={service}
          slot={slot}
          people={chosenPeople}
          gear={gear}
          categoryLabel={categoryLabel}
        >
          {refusal?.refusal.kind === 'sessionFull' && (
            <Alert color="yellow" variant="light" role="alert" title={t('waitlist.fullTitle')}>
              <Stack gap="sm">
                <Text fz="sm">{t('waitlist.full')}</Text>
                <Button
                  variant="white"
                  color="dark"
                  loading={joining}
                  onClick={() => {
                    const r = refusal.refusal;
                    if (r.kind === 'sessionFull') void wait(r.bookingId);
                  }}
                >
                  {t('waitlist.join')}
                </Button>
              </Stack>
            </Alert>
          )}
          {refusal?.refusal.kind === 'taken' && (
            <Alert color="red" variant="light" role="alert" title={t('refused.takenTitle')}>
              <Stack gap="sm">
                <Text fz="sm">{t('refused.taken')}</Text>
                <Button
                  variant="white"
                  color="red"
                  onClick={() => {
                    setRefusal(null);
                    setSlot(null);
                    setStep('time');
                    void availability.refetch();
                  }}
                >
                  {t('refused.otherTime')}
                </Button>
              </Stack>
            </Alert>
          )}
          {refusal?.refusal.kind === 'fields' && (
            <ErrorAlert
              error={refusal.error}
              title={t('refused.title')}
              message={Object.values(refusal.refusal.fields).join('; ')}
            />
          )}
          {refusal?.refusal.kind === 'other' && (
            <ErrorAlert error={refusal.error} title={t('refused.title')} />
          )}
          <Button size="md" fullWidth loading={requesting} onClick={() => void send()}>
            {t('summary.request')}
          </Button>
        </BookingSummary>
      )}
    </Stack>
  );
}

function Done({
  booking,
  language,
  onAgain,
}: {
  booking: Created;
  language: string;
  onAgain: () => void;
}) {
  const { t } = useTranslation('booking');
  const zone = booking.location.timezone;
  const policy = policyNow(
    booking.cancellationQuote,
    booking.cancellationQuote
      ? formatLocalDateTime(booking.cancellationQuote.freeUntil, zone, language)
      : '',
  );
  return (
    <Stack gap="md" align="flex-start">
      <Group gap="sm" wrap="nowrap">
        <IconCircleCheck size={32} color="var(--mantine-color-teal-6)" aria-hidden />
        <Title order={2} fz="h3">
          {t('done.title')}
        </Title>
      </Group>
      <Text>
        {t('done.body', {
          service: booking.service.name,
          when: `${formatLocalDateTime(booking.startsAt, zone, language)}–${formatTimeRange(booking.startsAt, booking.endsAt, zone).split('–')[1]}`,
          location: booking.location.name,
        })}
      </Text>
      <Text fz="sm" c="dimmed">
        {t('done.price', { price: booking.price.formatted })}
      </Text>
      <Text fz="sm">{t(policy.key, policy.values)}</Text>
      <Stack gap="xs" w="100%">
        <Button
          component={Link}
          to="/bookings"
          size="md"
          leftSection={<IconListDetails size={18} />}
        >
          {t('done.myBookings')}
        </Button>
        <Button variant="default" size="md" onClick={onAgain}>
          {t('done.again')}
        </Button>
      </Stack>
    </Stack>
  );
}
