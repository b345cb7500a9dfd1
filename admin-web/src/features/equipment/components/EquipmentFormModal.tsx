import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { EQUIPMENT_CATEGORIES } from '@plannivo/web-kit/booking';
import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import type { EquipmentItemFieldsFragment } from '../../../gql/graphql';
import { AppModal } from '../../../shared/ui/AppModal';
import { PriceInput } from '../../catalog/components/PriceInput';
import { useSaveEquipment } from '../hooks/useEquipmentItem';
import { todayAt } from '../lib/wallClock';
import {
  createInputOf,
  draftOf,
  draftProblems,
  emptyDraft,
  NAME_MAX,
  NOTES_MAX,
  SIZE_MAX,
  TEXT_MAX,
  updateInputOf,
  USAGE_HOURS_MAX,
  type EquipmentDraft,
  type EquipmentField,
} from '../rules';
import { useCategoryLabel } from './labels';

/** Fields inside an input the form shows as one: the cost's amount and currency. */
const PART_OF: Record<string, EquipmentField> = {
  amountMinor: 'purchaseCost',
  currency: 'purchaseCost',
};
const FIELDS: readonly EquipmentField[] = [
  'name',
  'category',
  'size',
  'brand',
  'model',
  'serialNumber',
  'purchaseDate',
  'purchaseCost',
  'usageHoursBase',
  'notes',
];

export interface FormLocation {
  id: string;
  currency: string;
  timezone: string;
}

/**
 * Adds an item to a location, or changes one (`item`). The form checks the API's rules
 * first (a purchase date not after the location's today, a cost the currency can hold, hours
 * in range) and marks on its field whatever the API still refuses (a serial number another
 * item of the brand has). The cost is typed in the location's currency and sent in exact
 * minor units.
 */
export function EquipmentFormModal({
  opened,
  onClose,
  location,
  item,
  categories,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  location: FormLocation;
  /** The item to change, or null for a new one. */
  item: EquipmentItemFieldsFragment | null;
  /** Categories the location already stocks, offered beside the known ones. */
  categories: readonly string[];
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation('equipment');
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={item ? t('form.editTitle', { name: item.name }) : t('form.createTitle')}
      size="lg"
    >
      {opened && (
        <EquipmentForm
          location={location}
          item={item}
          categories={categories}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </AppModal>
  );
}

function EquipmentForm({
  location,
  item,
  categories,
  onClose,
  onSaved,
}: {
  location: FormLocation;
  item: EquipmentItemFieldsFragment | null;
  categories: readonly string[];
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation('equipment');
  const { t: tc } = useTranslation();
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const categoryLabel = useCategoryLabel();
  const { save, loading, error, reset } = useSaveEquipment();
  const today = todayAt(location.timezone);
  const form = useForm<EquipmentDraft>({
    mode: 'controlled',
    initialValues: item ? draftOf(item) : emptyDraft(),
    validate: (values) => {
      const problems = draftProblems(values, { currency: location.currency, today });
      return Object.fromEntries(
        Object.entries(problems).map(([field, problem]) => [field, t(`form.errors.${problem}`)]),
      );
    },
  });
  const options = [
    ...new Set<string>([...EQUIPMENT_CATEGORIES, ...categories, ...(item ? [item.category] : [])]),
  ].map((value) => ({ value, label: categoryLabel(value) }));

  const submit = form.onSubmit(async (values) => {
    reset();
    try {
      const saved = await save(
        item?.id ?? null,
        item
          ? updateInputOf(values, item, location.currency)
          : createInputOf(values, location.id, location.currency),
      );
      if (!saved) return;
      notifications.show({
        color: 'teal',
        message: t(item ? 'form.saved' : 'form.created', { name: saved.name }),
      });
      onSaved?.(saved.id);
      onClose();
    } catch (caught) {
      // Each refused field gets the API's reason beside a translated word.
      const fields = getFieldErrors(caught);
      const code = getErrorCode(caught);
      if (code === 'CONFLICT' && CombinedGraphQLErrors.is(caught)) {
        const reason = (caught.errors[0]?.extensions?.fields as Record<string, string> | undefined)
          ?.serialNumber;
        if (reason) form.setFieldError('serialNumber', t('form.serialTaken', { reason }));
      }
      for (const [name, reason] of Object.entries(fields)) {
        const field = PART_OF[name] ?? (name as EquipmentField);
        if (FIELDS.includes(field)) {
          form.setFieldError(field, t('form.errors.refused', { reason }));
        }
      }
    }
  });

  const refusedByField =
    error !== undefined &&
    (Object.keys(getFieldErrors(error)).length > 0 || getErrorCode(error) === 'CONFLICT');

  return (
    <DatesProvider
      settings={{ locale: language.startsWith('tr') ? 'tr' : 'en', firstDayOfWeek: 1 }}
    >
      <form
        onSubmit={submit}
        noValidate
        aria-label={item ? t('form.editTitle', { name: item.name }) : t('form.createTitle')}
      >
        <Stack gap="md">
          {error !== undefined && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              {refusedByField ? t('form.refused') : `${t('form.failed')} ${errorText(error)}`}
            </Alert>
          )}
          <Title order={3} fz="sm" c="dimmed" tt="uppercase">
            {t('form.sectionItem')}
          </Title>
          <TextInput
            label={t('form.name')}
            placeholder={t('form.namePlaceholder')}
            maxLength={NAME_MAX}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('form.category')}
              placeholder={t('form.categoryPlaceholder')}
              data={options}
              searchable
              required
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('category')}
            />
            <TextInput
              label={t('form.size')}
              placeholder={t('form.sizePlaceholder')}
              maxLength={SIZE_MAX}
              {...form.getInputProps('size')}
            />
            <TextInput
              label={t('form.brand')}
              maxLength={TEXT_MAX}
              {...form.getInputProps('brand')}
            />
            <TextInput
              label={t('form.model')}
              maxLength={TEXT_MAX}
              {...form.getInputProps('model')}
            />
          </SimpleGrid>
          <TextInput
            label={t('form.serialNumber')}
            maxLength={TEXT_MAX}
            ff="monospace"
            {...form.getInputProps('serialNumber')}
          />
          <Title order={3} fz="sm" c="dimmed" tt="uppercase" mt="xs">
            {t('form.sectionPurchase')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <DatePickerInput
              label={t('form.purchaseDate')}
              placeholder={t('form.purchaseDatePlaceholder')}
              valueFormat="D MMM YYYY"
              maxDate={today}
              clearable
              popoverProps={{ withinPortal: true }}
              {...form.getInputProps('purchaseDate')}
            />
            <PriceInput
              label={t('form.purchaseCost')}
              currency={location.currency}
              {...form.getInputProps('purchaseCost')}
            />
          </SimpleGrid>
          <NumberInput
            label={t('form.usageHoursBase')}
            description={t('form.usageHoursBaseHelp')}
            min={0}
            max={USAGE_HOURS_MAX}
            decimalScale={2}
            allowNegative={false}
            clampBehavior="none"
            hideControls
            {...form.getInputProps('usageHoursBase')}
          />
          <Textarea
            label={t('form.notes')}
            placeholder={t('form.notesPlaceholder')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={NOTES_MAX}
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={loading}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {item ? t('form.save') : t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
