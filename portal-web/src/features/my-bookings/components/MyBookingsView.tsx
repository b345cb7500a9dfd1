import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { ErrorAlert, useErrorText } from '@plannivo/web-kit/ui';
import { IconCalendarPlus, IconHourglass, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatLocalDateTime, formatTimeRange, policyNow } from '../../booking';
import {
  useCancelMyBooking,
  useMyBookings,
  useMyWaitlist,
  type MyBooking,
} from '../hooks/useMyBookings';
import { canCancel, splitBookings, statusFor } from '../lib/lists';
import { BookingCard } from './BookingCard';

/**
 * "My bookings" on a phone: upcoming and past, each card with the service, the time on the
 * location's clock, place, instructor, status and price; cancelling states the policy first.
 * Waiting lists and held places sit on top of the upcoming tab.
 */
export function MyBookingsView() {
  const { t } = useTranslation('myBookings');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'past' ? 'past' : 'upcoming';
  const list = useMyBookings();
  const waitlist = useMyWaitlist();
  const [cancelling, setCancelling] = useState<MyBooking | null>(null);
  const { upcoming, past } = splitBookings(list.bookings, list.now);
  const family = list.mine.size > 1;

  const cards = (bookings: MyBooking[], empty: string) =>
    bookings.length === 0 ? (
      <Stack gap="sm" align="flex-start" py="md">
        <Text c="dimmed">{empty}</Text>
        <Button component={Link} to="/book" leftSection={<IconCalendarPlus size={18} />}>
          {t('book')}
        </Button>
      </Stack>
    ) : (
      <Stack gap="sm">
        {bookings.map((booking) => (
          <BookingCard
            key={booking.id}
            booking={booking}
            status={statusFor(booking, list.mine)}
            showPeople={family}
            onCancel={
              canCancel(booking, list.mine, list.now) ? () => setCancelling(booking) : undefined
            }
          />
        ))}
      </Stack>
    );

  return (
    <Stack gap="md">
      {list.error && <ErrorAlert error={list.error} title={t('loadFailed')} />}
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'past' ? { tab: 'past' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List grow>
          <Tabs.Tab value="upcoming">{t('tabs.upcoming')}</Tabs.Tab>
          <Tabs.Tab value="past">{t('tabs.past')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="upcoming" pt="md">
          <Stack gap="md">
            {waitlist.entries.length > 0 && (
              <WaitlistSection
                entries={waitlist.entries}
                busy={waitlist.busy}
                onAccept={waitlist.accept}
                onLeave={waitlist.leave}
              />
            )}
            {list.loading ? <Loading /> : cards(upcoming, t('emptyUpcoming'))}
            {list.hasMore && (
              <Button variant="default" onClick={() => void list.loadMore()}>
                {t('more')}
              </Button>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="past" pt="md">
          {list.loading ? <Loading /> : cards(past, t('emptyPast'))}
        </Tabs.Panel>
      </Tabs>
      <CancelDialog booking={cancelling} onClose={() => setCancelling(null)} />
    </Stack>
  );
}

function Loading() {
  return (
    <Stack gap="sm">
      {[0, 1].map((i) => (
        <Skeleton key={i} h={140} radius="md" />
      ))}
    </Stack>
  );
}

/** Asks before cancelling, stating the policy in words (free until …, or the fee now). */
function CancelDialog({ booking, onClose }: { booking: MyBooking | null; onClose: () => void }) {
  const { t } = useTranslation(['myBookings', 'booking']);
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const { cancel, loading } = useCancelMyBooking();
  const [error, setError] = useState<string | null>(null);
  const zone = booking?.location.timezone ?? 'UTC';
  const quote = booking?.cancellationQuote ?? null;
  const policy = policyNow(
    quote,
    quote ? formatLocalDateTime(quote.freeUntil, zone, language) : '',
  );
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!booking) return;
    setError(null);
    try {
      await cancel(booking.id);
      notifications.show({
        color: 'teal',
        message: t('myBookings:cancel.done', { service: booking.service.name }),
      });
      close();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Modal
      opened={booking !== null}
      onClose={loading ? () => undefined : close}
      title={t('myBookings:cancel.title')}
      centered
    >
      {booking && (
        <Stack gap="md">
          <Text fz="sm">
            {t('myBookings:cancel.what', {
              service: booking.service.name,
              when: `${formatLocalDateTime(booking.startsAt, zone, language)}–${formatTimeRange(booking.startsAt, booking.endsAt, zone).split('–')[1]}`,
            })}
          </Text>
          <Alert color={quote?.late ? 'orange' : 'blue'} variant="light" role="note">
            {t(`booking:${policy.key}`, policy.values)}
          </Alert>
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={loading}>
              {t('myBookings:cancel.keep')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={loading} data-autofocus>
              {t('myBookings:cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

type Entry = ReturnType<typeof useMyWaitlist>['entries'][number];

/** Waiting for a place, or a place held for a while: accept or decline it before the deadline. */
function WaitlistSection({
  entries,
  busy,
  onAccept,
  onLeave,
}: {
  entries: Entry[];
  busy: boolean;
  onAccept: (id: string) => Promise<unknown>;
  onLeave: (id: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('myBookings');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      notifications.show({ color: 'teal', message: done });
    } catch (error) {
      notifications.show({ color: 'red', title: t('waitlist.failed'), message: errorText(error) });
    }
  };
  return (
    <Stack gap="sm" component="section" aria-label={t('waitlist.title')}>
      <Title order={2} fz="h5">
        {t('waitlist.title')}
      </Title>
      {entries.map((entry) => {
        const zone = entry.booking.location.timezone;
        const when = formatLocalDateTime(entry.booking.startsAt, zone, language);
        const offered = entry.status === 'OFFERED';
        return (
          <Paper
            key={entry.id}
            withBorder
            radius="md"
            p="md"
            bg={offered ? 'var(--mantine-color-teal-0)' : undefined}
          >
            <Stack gap={6}>
              <Group gap={6} wrap="nowrap">
                {offered ? (
                  <IconSparkles size={18} aria-hidden />
                ) : (
                  <IconHourglass size={18} aria-hidden />
                )}
                <Text fw={700}>{offered ? t('waitlist.offered') : t('waitlist.waiting')}</Text>
              </Group>
              <Text fz="sm">
                {t('waitlist.for', {
                  service: entry.booking.service.name,
                  when,
                  location: entry.booking.location.name,
                  name: entry.customer.name,
                })}
              </Text>
              {offered && entry.offerExpiresAt && (
                <Text fz="sm" fw={600}>
                  {t('waitlist.holdUntil', {
                    when: formatLocalDateTime(entry.offerExpiresAt, zone, language),
                  })}
                </Text>
              )}
              <Group gap="sm" mt={4}>
                {offered && (
                  <Button
                    size="compact-md"
                    disabled={busy}
                    onClick={() => void act(() => onAccept(entry.id), t('waitlist.accepted'))}
                  >
                    {t('waitlist.accept')}
                  </Button>
                )}
                <Button
                  size="compact-md"
                  variant="default"
                  disabled={busy}
                  onClick={() =>
                    void act(
                      () => onLeave(entry.id),
                      offered ? t('waitlist.declined') : t('waitlist.left'),
                    )
                  }
                >
                  {offered ? t('waitlist.decline') : t('waitlist.leave')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
