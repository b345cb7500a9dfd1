import {
  Input,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  type SegmentedControlProps,
  Select,
  SimpleGrid,
  Stack,
  Switch,
} from '@mantine/core';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CatalogServiceFieldsFragment,
  Discipline,
  LessonFormat,
  RentalPeriod,
  ServiceKind,
  SkillLevel,
} from '../../../gql/graphql';
import { AppModal } from '../../../shared/ui/AppModal';
import { refusedServiceFields } from '../fieldErrors';
import { formatMinutes } from '../format';
import { saveAndClose } from '../formSubmit';
import { minorToAmount } from '../money';
import {
  capacityRange,
  DISCIPLINES,
  LESSON_CAPACITY,
  LESSON_FORMATS,
  LESSON_MINUTES,
  RENTAL_MINUTES,
  RENTAL_PERIODS,
  SERVICE_EQUIPMENT_CATEGORIES,
  SERVICE_KINDS,
  serviceInputOf,
  serviceProblems,
  SKILL_LEVELS,
  type ServiceDraft,
  type ServiceField,
} from '../rules';
import { useSaveService } from '../hooks/useCatalog';
import { CountInput, FormActions, FormErrorAlert, NameAndDescription } from './CatalogFormParts';
import { PriceInput } from './PriceInput';

/** A new service starts as a private kite lesson of two hours. */
function draftOf(service: CatalogServiceFieldsFragment | null): ServiceDraft {
  if (!service) {
    return {
      name: '',
      description: '',
      kind: 'LESSON',
      discipline: 'KITE',
      lessonFormat: 'PRIVATE',
      rentalPeriod: 'HOUR',
      durationMinutes: 120,
      capacity: 1,
      requiredLevel: null,
      price: '',
      active: true,
      freeCancellationHours: 24,
      lateFeePercent: 50,
      equipmentCategories: [],
    };
  }
  return {
    name: service.name,
    description: service.description ?? '',
    kind: service.kind,
    discipline: service.discipline,
    lessonFormat: service.lessonFormat ?? 'PRIVATE',
    rentalPeriod: service.rentalPeriod ?? 'HOUR',
    durationMinutes: service.durationMinutes,
    capacity: service.capacity,
    requiredLevel: service.requiredLevel,
    price: minorToAmount(service.price.amountMinor, service.price.currency),
    active: service.active,
    freeCancellationHours: service.freeCancellationHours,
    lateFeePercent: service.lateCancellationFeeBps / 100,
    equipmentCategories: service.equipmentCategories,
  };
}

/** A capacity that fits a new kind or format: kept when it does, else the nearest bound. */
function fitCapacity(draft: ServiceDraft): number | string {
  const [min, max] = capacityRange(draft);
  const value = Number(draft.capacity);
  if (draft.capacity === '' || !Number.isInteger(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/**
 * Adds or changes a lesson, rental or room. The fields follow the kind: a lesson has a
 * discipline, a format and its seats, and a duration; a rental a period that sets its
 * duration; a room its guests, priced per night. The form checks the catalog's rules before
 * sending, and marks what the API refuses on its field. A service keeps its kind.
 */
export function ServiceModal({
  opened,
  service,
  locationId,
  currency,
  onClose,
}: {
  opened: boolean;
  /** The service to change, or null for a new one. */
  service: CatalogServiceFieldsFragment | null;
  locationId: string;
  currency: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('catalog');
  const { save, loading, error, reset } = useSaveService();
  const [draft, setDraft] = useState(() => draftOf(service));
  const [checked, setChecked] = useState(false);

  const set = (change: Partial<ServiceDraft>) =>
    setDraft((current) => {
      const next = { ...current, ...change };
      // Switching kind or format moves the seats into what the new choice allows.
      return 'kind' in change || 'lessonFormat' in change
        ? { ...next, capacity: fitCapacity(next) }
        : next;
    });

  const problems = serviceProblems(draft, currency);
  const refused = refusedServiceFields(error);
  const fieldError = (field: ServiceField) => {
    const problem = problems[field];
    if (checked && problem) return t(problem.key as 'problems.price', problem.values);
    return refused.includes(field) ? t(`refused.${field}`) : undefined;
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problems).length > 0) return;
    reset();
    const input = serviceInputOf(draft, currency);
    await saveAndClose(
      () => save(service?.id ?? null, service ? input : { ...input, kind: draft.kind, locationId }),
      (name) => t(service ? 'services.saved' : 'services.created', { name }),
      onClose,
    );
  }

  const [minSeats, maxSeats] = capacityRange(draft);
  const lesson = draft.kind === 'LESSON';
  const rental = draft.kind === 'RENTAL';
  const room = draft.kind === 'ACCOMMODATION';
  const byField = getErrorCode(error) === 'BAD_USER_INPUT' && refused.length > 0;
  // The seats of a lesson, a rental or a room: the same field under the kind's label.
  const seats = {
    description: t('services.seats', { min: minSeats, max: maxSeats }),
    value: draft.capacity,
    onChange: (value: number | string) => set({ capacity: value }),
    error: fieldError('capacity'),
    min: minSeats,
    max: maxSeats,
  };

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={service ? t('services.editTitle', { name: service.name }) : t('services.newTitle')}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate aria-label={t('services.formLabel')}>
        <Stack gap="md">
          <FormErrorAlert error={error} byField={byField} />
          <Segments
            id="service-kind"
            label={t('fields.kind')}
            description={service ? t('services.kindFixed') : undefined}
            value={draft.kind}
            onChange={(kind) => set({ kind: kind as ServiceKind })}
            data={SERVICE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            disabled={Boolean(service)}
          />
          <NameAndDescription
            name={draft.name}
            description={draft.description}
            placeholder={t(`placeholders.${draft.kind}`)}
            onChange={set}
            nameError={fieldError('name')}
            descriptionError={fieldError('description')}
          />

          {!room && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t('fields.discipline')}
                placeholder={rental ? t('services.anyDiscipline') : undefined}
                data={DISCIPLINES.map((d) => ({ value: d, label: t(`disciplines.${d}`) }))}
                value={draft.discipline}
                onChange={(value) => set({ discipline: (value as Discipline | null) ?? null })}
                error={fieldError('discipline')}
                clearable={rental}
                allowDeselect={rental}
                required={lesson}
              />
              <Select
                label={t('fields.requiredLevel')}
                placeholder={t('services.anyLevel')}
                data={SKILL_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
                value={draft.requiredLevel}
                onChange={(value) => set({ requiredLevel: (value as SkillLevel | null) ?? null })}
                error={fieldError('requiredLevel')}
                clearable
              />
            </SimpleGrid>
          )}

          {lesson && (
            <>
              <Segments
                id="lesson-format"
                label={t('fields.lessonFormat')}
                description={t(`formatHelp.${draft.lessonFormat}`, {
                  min: LESSON_CAPACITY[draft.lessonFormat][0],
                  max: LESSON_CAPACITY[draft.lessonFormat][1],
                })}
                value={draft.lessonFormat}
                onChange={(format) => set({ lessonFormat: format as LessonFormat })}
                data={LESSON_FORMATS.map((format) => ({
                  value: format,
                  label: t(`formats.${format}`),
                }))}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <CountInput
                  label={t('fields.capacity')}
                  {...seats}
                  disabled={minSeats === maxSeats}
                />
                <CountInput
                  label={t('fields.durationMinutes')}
                  description={
                    typeof draft.durationMinutes === 'number' && draft.durationMinutes > 0
                      ? formatMinutes(draft.durationMinutes, t)
                      : t('services.durationHelp')
                  }
                  value={draft.durationMinutes}
                  onChange={(value) => set({ durationMinutes: value })}
                  error={fieldError('durationMinutes')}
                  min={LESSON_MINUTES.min}
                  max={LESSON_MINUTES.max}
                  step={LESSON_MINUTES.step}
                />
              </SimpleGrid>
            </>
          )}

          {rental && (
            <>
              <Segments
                id="rental-period"
                label={t('fields.rentalPeriod')}
                description={t('services.periodHelp', {
                  duration: formatMinutes(RENTAL_MINUTES[draft.rentalPeriod], t),
                })}
                value={draft.rentalPeriod}
                onChange={(period) => set({ rentalPeriod: period as RentalPeriod })}
                data={RENTAL_PERIODS.map((period) => ({
                  value: period,
                  label: t(`periods.${period}`),
                }))}
              />
              <CountInput label={t('fields.rentalCapacity')} {...seats} maw={260} />
            </>
          )}

          {room && <CountInput label={t('fields.guests')} {...seats} maw={260} />}

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <PriceInput
              label={t(`fields.price.${draft.kind}`, {
                period: t(`periodUnit.${draft.rentalPeriod}`),
              })}
              description={t('fields.priceHelp', { currency })}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              currency={currency}
              value={draft.price}
              onChange={(value) => set({ price: value })}
              error={fieldError('price')}
              required
            />
            <Switch
              label={t('fields.onSale')}
              description={t('fields.onSaleHelp')}
              checked={draft.active}
              onChange={(event) => set({ active: event.currentTarget.checked })}
              mt={{ sm: 28 }}
            />
          </SimpleGrid>

          {!room && (
            <MultiSelect
              label={t('fields.equipmentCategories')}
              description={t('fields.equipmentCategoriesHelp')}
              data={SERVICE_EQUIPMENT_CATEGORIES.map((c) => ({
                value: c,
                label: t(`equipment.${c}`),
              }))}
              value={draft.equipmentCategories}
              onChange={(value) => set({ equipmentCategories: value })}
              error={fieldError('equipmentCategories')}
              clearable
              searchable
            />
          )}

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <CountInput
              label={t('fields.freeCancellationHours')}
              description={t('fields.freeCancellationHelp', {
                hours: Number(draft.freeCancellationHours) || 0,
              })}
              value={draft.freeCancellationHours}
              onChange={(value) => set({ freeCancellationHours: value })}
              error={fieldError('freeCancellationHours')}
              min={0}
              max={720}
            />
            <NumberInput
              label={t('fields.lateFeePercent')}
              description={t('fields.lateFeeHelp')}
              value={draft.lateFeePercent}
              onChange={(value) => set({ lateFeePercent: value })}
              error={fieldError('lateCancellationFeeBps')}
              min={0}
              max={100}
              decimalScale={2}
              suffix=" %"
            />
          </SimpleGrid>

          <FormActions
            onCancel={onClose}
            loading={loading}
            submitLabel={service ? t('form.save') : t('services.create')}
          />
        </Stack>
      </form>
    </AppModal>
  );
}

/** A segmented choice with a label and help text in the look of the other inputs. */
function Segments({
  id,
  label,
  description,
  ...props
}: SegmentedControlProps & { id: string; label: string; description?: string }) {
  return (
    <Input.Wrapper
      label={label}
      description={description}
      labelElement="div"
      labelProps={{ id: `${id}-label` }}
      inputWrapperOrder={['label', 'input', 'description']}
    >
      <SegmentedControl {...props} aria-labelledby={`${id}-label`} fullWidth mb={4} />
    </Input.Wrapper>
  );
}
