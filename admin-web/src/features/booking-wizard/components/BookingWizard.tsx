import { Alert, Button, Group, Loader, Paper, Stack, Stepper, Text } from '@mantine/core';
import { getFieldErrors } from '@plannivo/web-kit/errors';
import { ErrorAlert } from '@plannivo/web-kit/ui';
import { IconAlertCircle, IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { WizardBookingFieldsFragment } from '../../../gql/graphql';
import { useCreateBookings } from '../hooks/useCreateBookings';
import { useAvailability, useEquipmentStock, useWizardCatalog } from '../hooks/useWizardData';
import { bookingConflictOf, fieldsByStep } from '../lib/conflicts';
import {
  draftFromSearch,
  emptyDraft,
  STEPS,
  stepProblem,
  withDate,
  withService,
  withSlot,
  type Draft,
  type Step,
  type StepProblem,
} from '../lib/draft';
import { isKnownField } from '../lib/fieldNames';
import { todayIn } from '../lib/zoned';
import { newGearKey, serviceGear, stockByCategory, usualCategories } from '../lib/gear';
import { ConflictAlert } from './ConflictAlert';
import { EquipmentStep } from './EquipmentStep';
import { ParticipantsStep } from './ParticipantsStep';
import { ServiceStep } from './ServiceStep';
import { SlotStep } from './SlotStep';
import { SummaryStep } from './SummaryStep';
import { WizardSuccess } from './WizardSuccess';

/**
 * The staff booking wizard: location and service → date and slot → participants → gear →
 * summary (price, notes, repeat) → booked. `?serviceId=&date=` opens it on the slots.
 */
export function BookingWizard() {
  const { t } = useTranslation('bookingWizard');
  const [search] = useSearchParams();
  const [initial] = useState(() => draftFromSearch(search));
  const [draft, setDraft] = useState<Draft>(initial.draft);
  const [active, setActive] = useState(STEPS.indexOf(initial.step));
  const [blocked, setBlocked] = useState<StepProblem | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [booked, setBooked] = useState<WizardBookingFieldsFragment[] | null>(null);

  const onLocationFound = useCallback(
    (locationId: string) => setDraft((d) => ({ ...d, locationId })),
    [],
  );
  const catalog = useWizardCatalog(draft, onLocationFound);
  const service = catalog.service;
  // A link to a service no longer on sale opens on the first step.
  const shown = catalog.prefillMissing ? 0 : active;
  const step: Step | null = booked ? null : (STEPS[shown] ?? null);
  const slots = useAvailability(draft, null, step !== 'slot');
  const recheck = useAvailability(
    draft,
    service?.equipmentCategories ?? [],
    step !== 'summary' || !draft.slot,
  );
  const stock = useEquipmentStock(draft.locationId);
  // The service's own gear is proposed once per service and set of people, when the
  // equipment step is first reached; after that the list is staff's to change.
  const [gearProposedFor, setGearProposedFor] = useState<string | null>(null);
  const { book, loading: booking, reset: resetMutation } = useCreateBookings();

  const change = (update: (d: Draft) => Draft) => {
    setDraft(update);
    setBlocked(null);
    setRefusal(null);
  };

  const refusedFields = useMemo(() => fieldsByStep(getFieldErrors(refusal)), [refusal]);
  const conflict = useMemo(() => bookingConflictOf(refusal), [refusal]);

  const slotStillFree = useMemo(() => {
    if (step !== 'summary' || !draft.slot || recheck.loading || recheck.error) return null;
    const chosen = draft.slot;
    return recheck.slots.some(
      (s) =>
        s.startsAt === chosen.startsAt &&
        (s.sessionBookingId ?? null) === chosen.sessionBookingId &&
        (!draft.instructorId || s.instructors.some((i) => i.id === draft.instructorId)),
    );
  }, [step, draft.slot, draft.instructorId, recheck]);

  const goTo = (index: number) => {
    setBlocked(null);
    setActive(index);
  };
  const next = () => {
    if (!step) return;
    const problem = stepProblem(step, draft, service);
    if (problem) {
      setBlocked(problem);
      return;
    }
    // The free times of today at the location show at once; staff pick another day from there.
    if (step === 'service' && service && !draft.date)
      setDraft((d) => ({ ...d, date: todayIn(service.location.timezone) }));
    if (step === 'participants' && service) {
      const key = `${service.id}|${draft.customers.map((c) => c.id).join(',')}`;
      if (gearProposedFor !== key && stock.rows.length) {
        setGearProposedFor(key);
        const proposed = serviceGear(
          service.equipmentCategories,
          draft.customers,
          stockByCategory(stock.rows, usualCategories(service)),
          newGearKey,
        );
        if (proposed.length) setDraft((d) => ({ ...d, equipment: proposed }));
      }
    }
    goTo(shown + 1);
  };
  const confirm = async () => {
    const problem = stepProblem('summary', draft, service);
    const open = STEPS.find((s) => stepProblem(s, draft, service));
    if (problem || open || !service) {
      setBlocked(problem ?? (open ? stepProblem(open, draft, service) : 'chooseService'));
      return;
    }
    setRefusal(null);
    try {
      setBooked(await book(draft, service.location.timezone));
    } catch (error) {
      setRefusal(error);
    }
  };
  const startAgain = () => {
    resetMutation();
    setBooked(null);
    setRefusal(null);
    setDraft({ ...emptyDraft, locationId: draft.locationId, serviceId: draft.serviceId });
    setActive(STEPS.indexOf('slot'));
  };

  const waitingForPrefill =
    Boolean(draft.serviceId) && !service && !catalog.prefillMissing && active > 0;

  const refusalView = refusal ? (
    conflict ? (
      <ConflictAlert conflict={conflict} zone={service?.location.timezone ?? 'UTC'}>
        <Group>
          <Button variant="white" color="red" size="xs" onClick={() => goTo(STEPS.indexOf('slot'))}>
            {t('conflict.chooseAnother')}
          </Button>
        </Group>
      </ConflictAlert>
    ) : Object.keys(refusedFields).length ? (
      <Alert
        color="red"
        variant="light"
        role="alert"
        icon={<IconAlertCircle aria-hidden />}
        title={t('problems.refused')}
      >
        <Stack gap={4}>
          {Object.entries(refusedFields).map(([where, fields]) => (
            <Group key={where} gap="xs" justify="space-between">
              <Text fz="sm">
                {fields!
                  .map((f) =>
                    t('problems.field', {
                      field: isKnownField(f.field) ? t(`fields.${f.field}`) : f.field,
                      reason: f.reason,
                    }),
                  )
                  .join(' ')}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => goTo(STEPS.indexOf(where as Step))}
              >
                {t('summary.change')}
              </Button>
            </Group>
          ))}
        </Stack>
      </Alert>
    ) : (
      <ErrorAlert error={refusal} title={t('problems.failed')} />
    )
  ) : null;

  return (
    <Paper withBorder radius="md" p={{ base: 'md', md: 'xl' }}>
      <Stepper
        active={booked ? STEPS.length : shown}
        onStepClick={(index) => index < shown && goTo(index)}
        allowNextStepsSelect={false}
        size="sm"
        wrap
      >
        <Stepper.Step label={t('steps.service')} description={service?.name}>
          <StepBody>
            <ServiceStep
              catalog={catalog}
              locationId={draft.locationId}
              serviceId={draft.serviceId}
              onLocation={(locationId) => {
                setActive(0);
                change((d) =>
                  d.locationId === locationId
                    ? d
                    : { ...emptyDraft, locationId, customers: d.customers, notes: d.notes },
                );
              }}
              onService={(s) => change((d) => withService(d, s.id, s.location.id))}
            />
          </StepBody>
        </Stepper.Step>
        <Stepper.Step label={t('steps.slot')}>
          <StepBody>
            {waitingForPrefill || !service ? (
              <Loader />
            ) : (
              <SlotStep
                service={service}
                draft={draft}
                availability={slots}
                problems={refusedFields.slot ?? []}
                onDate={(date) => change((d) => withDate(d, date))}
                onSlot={(slot) => change((d) => withSlot(d, slot))}
                onInstructor={(instructorId) => change((d) => ({ ...d, instructorId }))}
              />
            )}
          </StepBody>
        </Stepper.Step>
        <Stepper.Step label={t('steps.participants')}>
          <StepBody>
            {service && (
              <ParticipantsStep
                service={service}
                draft={draft}
                problems={refusedFields.participants ?? []}
                onCustomers={(customers) => change((d) => ({ ...d, customers }))}
              />
            )}
          </StepBody>
        </Stepper.Step>
        <Stepper.Step label={t('steps.equipment')} description={t('steps.optional')}>
          <StepBody>
            {service && (
              <EquipmentStep
                service={service}
                draft={draft}
                stock={stock}
                problems={refusedFields.equipment ?? []}
                onEquipment={(equipment) => change((d) => ({ ...d, equipment }))}
              />
            )}
          </StepBody>
        </Stepper.Step>
        <Stepper.Step label={t('steps.summary')}>
          <StepBody>
            {service && draft.slot && (
              <SummaryStep
                service={service}
                draft={draft}
                slotStillFree={slotStillFree}
                refusal={refusalView}
                onNotes={(notes) => change((d) => ({ ...d, notes }))}
                onDays={(days) => change((d) => ({ ...d, days }))}
                onGoTo={(s) => goTo(STEPS.indexOf(s))}
              />
            )}
          </StepBody>
        </Stepper.Step>
        <Stepper.Completed>
          <StepBody>
            {booked && service && (
              <WizardSuccess
                bookings={booked}
                zone={service.location.timezone}
                onAgain={startAgain}
              />
            )}
          </StepBody>
        </Stepper.Completed>
      </Stepper>

      {step && (
        <Stack gap="sm" mt="xl">
          {blocked && (
            <Text c="red" fz="sm" role="alert">
              {t(`problems.${blocked}`, {
                count: draft.slot?.placesLeft ?? service?.capacity ?? 1,
                max: 14,
              })}
            </Text>
          )}
          <Group justify="space-between">
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={16} />}
              onClick={() => goTo(shown - 1)}
              disabled={shown === 0 || booking}
            >
              {t('actions.back')}
            </Button>
            {step === 'summary' ? (
              <Button
                leftSection={<IconCheck size={16} />}
                onClick={() => void confirm()}
                loading={booking}
              >
                {draft.days > 1
                  ? t('actions.bookSeries', { count: draft.days })
                  : t('actions.book')}
              </Button>
            ) : (
              <Button rightSection={<IconArrowRight size={16} />} onClick={next}>
                {step === 'equipment' && draft.equipment.length === 0
                  ? t('actions.skip')
                  : t('actions.next')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

function StepBody({ children }: { children: ReactNode }) {
  return <Stack pt="lg">{children}</Stack>;
}
