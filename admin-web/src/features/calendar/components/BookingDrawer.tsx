import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Divider,
  Drawer,
  Group,
  List,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconAlertCircle, IconArchive } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CalendarBookingDocument, type CalendarBookingsQueryVariables } from '../../../gql/graphql';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { useBookingActions } from '../hooks/useBookingActions';
import { useExplainRefusal } from '../hooks/useExplainRefusal';
import { formatBookingTime } from '../format';
import { isOpen, NEXT_STATUSES } from '../status';
import { todayAt } from '../zone';
import { CancelBookingForm } from './CancelBookingForm';
import { NotesForm } from './NotesForm';
import { StatusBadge } from './StatusBadge';
import { ReassignForm } from './ReassignForm';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text fz="xs" fw={700} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text component="div" fz="sm">
        {children}
      </Text>
    </div>
  );
}

/**
 * The quick-edit drawer of one booking: what it is, who takes part (links to their records),
 * and what can be done to it now — the next status, notes, another instructor, cancelling
 * under the policy, archiving.
 */
export function BookingDrawer({
  bookingId,
  timeZone,
  listVariables,
  onClose,
}: {
  bookingId: string | null;
  timeZone: string;
  listVariables: CalendarBookingsQueryVariables | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  return (
    <Drawer
      opened={bookingId !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('drawer.title')}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {bookingId && (
        <DrawerBody
          key={bookingId}
          id={bookingId}
          timeZone={timeZone}
          listVariables={listVariables}
          onClose={onClose}
        />
      )}
    </Drawer>
  );
}

function DrawerBody({
  id,
  timeZone,
  listVariables,
  onClose,
}: {
  id: string;
  timeZone: string;
  listVariables: CalendarBookingsQueryVariables | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('calendar');
  const language = useCurrentLanguage();
  // Asked fresh on every opening: the cancellation quote depends on the time now.
  const { data, loading } = useQuery(CalendarBookingDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const actions = useBookingActions(listVariables);
  const explain = useExplainRefusal();
  const [problem, setProblem] = useState<string[] | null>(null);
  const [archiving, setArchiving] = useState(false);

  const booking = data?.booking;
  if (!booking) {
    return loading ? (
      <Group gap="sm">
        <Loader size="sm" />
        <Text fz="sm">{t('drawer.loading')}</Text>
      </Group>
    ) : (
      <Text fz="sm">{t('drawer.gone')}</Text>
    );
  }

  /** Runs an action; a refusal is explained in the drawer, success is announced. */
  const run = async (action: () => Promise<unknown>, done: string, instructorName?: string) => {
    setProblem(null);
    try {
      await action();
      notifications.show({ color: 'teal', message: done });
      return true;
    } catch (failure) {
      setProblem(
        explain(failure, {
          timeZone,
          day: todayAt(timeZone, new Date(booking.startsAt)),
          instructorName: instructorName ?? booking.instructor?.name,
          discipline: booking.service.discipline,
        }),
      );
      return false;
    }
  };

  const open = isOpen(booking.status);
  const next = NEXT_STATUSES[booking.status];
  const taken = booking.service.capacity - booking.placesLeft;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={3}>{booking.service.name}</Title>
          <StatusBadge status={booking.status} />
        </Group>
        <Text fz="sm" c="dimmed">
          {t(`kinds.${booking.service.kind}`)}
          {booking.service.discipline && ` · ${t(`disciplines.${booking.service.discipline}`)}`}
        </Text>
      </Stack>

      {problem && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle aria-hidden />}
          role="alert"
          withCloseButton
          closeButtonLabel={t('dismiss')}
          onClose={() => setProblem(null)}
        >
          {problem.join(' ')}
        </Alert>
      )}

      <Stack gap="sm">
        <Field label={t('drawer.when')}>{formatBookingTime(booking, timeZone, language)}</Field>
        <Field label={t('drawer.participants')}>
          {booking.customers.length ? (
            <List size="sm" listStyleType="none" spacing={2}>
              {booking.customers.map((customer) => (
                <List.Item key={customer.id}>
                  <Anchor component={Link} to={`/customers/${customer.id}`} fz="sm">
                    {customer.name}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          ) : (
            t('event.noParticipants')
          )}
        </Field>
        <Field label={t('drawer.instructor')}>
          {booking.instructor?.name ?? t('drawer.noInstructor')}
        </Field>
        <Field label={t('drawer.equipment')}>
          {booking.equipment.length
            ? booking.equipment
                .map((item) => (item.size ? `${item.name} (${item.size})` : item.name))
                .join(', ')
            : t('drawer.noEquipment')}
        </Field>
        {booking.room && <Field label={t('drawer.room')}>{booking.room.name}</Field>}
        <Field label={t('drawer.price')}>{booking.price.formatted}</Field>
        {booking.service.capacity > 1 && (
          <Field label={t('drawer.places')}>
            {t('drawer.placesValue', { taken, capacity: booking.service.capacity })}
          </Field>
        )}
        {booking.waitlist.length > 0 && (
          <Field label={t('drawer.waitlist')}>
            {booking.waitlist
              .map((entry) =>
                entry.status === 'OFFERED'
                  ? `${entry.customer.name} (${t('drawer.offered')})`
                  : entry.customer.name,
              )
              .join(', ')}
          </Field>
        )}
      </Stack>

      {!open && (
        <Text fz="sm" c="dimmed">
          {t('drawer.closed', { status: t(`statuses.${booking.status}`) })}
        </Text>
      )}

      {next.length > 0 && (
        <Stack gap={6}>
          <Text fz="sm" fw={600}>
            {t('drawer.changeStatus')}
          </Text>
          <Group gap="xs">
            {next.map((status) => (
              <Button
                key={status}
                variant="light"
                color={status === 'NO_SHOW' ? 'red' : 'blue'}
                loading={actions.busy.status}
                onClick={() =>
                  void run(
                    () => actions.setStatus(booking.id, status),
                    t('drawer.statusChanged', { status: t(`statuses.${status}`) }),
                  )
                }
              >
                {t(`drawer.statusActions.${status as 'CONFIRMED'}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      )}

      {open && booking.service.kind === 'LESSON' && (
        <ReassignForm
          booking={booking}
          busy={actions.busy.update}
          onReassign={(instructor) =>
            run(
              () => actions.reassign(booking.id, instructor?.id ?? null),
              instructor
                ? t('drawer.reassigned', { name: instructor.name })
                : t('drawer.unassigned'),
              instructor?.name,
            )
          }
        />
      )}

      <NotesForm
        key={booking.notes ?? ''}
        notes={booking.notes ?? ''}
        busy={actions.busy.update}
        onSave={(notes) => run(() => actions.saveNotes(booking.id, notes), t('drawer.notesSaved'))}
      />

      {open && booking.cancellationQuote && (
        <CancelBookingForm
          quote={booking.cancellationQuote}
          timeZone={timeZone}
          busy={actions.busy.cancel}
          onCancel={(reason, waiveFee) =>
            run(() => actions.cancel(booking.id, reason, waiveFee), t('drawer.cancel.done'))
          }
        />
      )}

      <Divider />
      <Group justify="flex-end">
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconArchive size={16} aria-hidden />}
          onClick={() => setArchiving(true)}
        >
          {t('drawer.archive.open')}
        </Button>
      </Group>
      <ConfirmModal
        opened={archiving}
        title={t('drawer.archive.title')}
        confirmLabel={t('drawer.archive.confirm')}
        loading={actions.busy.archive}
        onClose={() => setArchiving(false)}
        onConfirm={() =>
          void run(() => actions.archive(booking.id), t('drawer.archive.done')).then((ok) => {
            setArchiving(false);
            if (ok) onClose();
          })
        }
      >
        {t('drawer.archive.body')}
      </ConfirmModal>
    </Stack>
  );
}
