import {
  Alert,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { EQUIPMENT_CATEGORIES } from '@plannivo/web-kit/booking';
import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaintenanceRuleFieldsFragment } from '../../../gql/graphql';
import { AppModal } from '../../../shared/ui/AppModal';
import { useRuleActions } from '../hooks/useMaintenance';
import {
  RULE_NAME_MAX,
  ruleInput,
  type RuleDraft,
  type RuleField,
  type RuleProblem,
} from '../ruleForm';
import { useCategoryLabel } from './TaskCard';

const FIELDS: readonly RuleField[] = [
  'name',
  'category',
  'everyUsageHours',
  'everyDays',
  'locationId',
];

/** A new service rule (`rule` null) or an existing one, for the location shown or everywhere. */
export function RuleModal({
  location,
  rule,
  opened,
  onClose,
}: {
  location: { id: string; name: string };
  rule: MaintenanceRuleFieldsFragment | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('maintenance');
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={rule ? t('ruleForm.titleEdit') : t('ruleForm.titleNew')}
    >
      {opened && (
        <RuleForm key={rule?.id ?? 'new'} location={location} rule={rule} onClose={onClose} />
      )}
    </AppModal>
  );
}

function RuleForm({
  location,
  rule,
  onClose,
}: {
  location: { id: string; name: string };
  rule: MaintenanceRuleFieldsFragment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('maintenance');
  const { t: tc } = useTranslation();
  const errorText = useErrorText();
  const categoryLabel = useCategoryLabel();
  const { create, update, saving } = useRuleActions();
  const [draft, setDraft] = useState<RuleDraft>(() => ({
    everywhere: rule ? rule.location === null : false,
    category: rule?.category ?? null,
    name: rule?.name ?? '',
    everyUsageHours: rule?.everyUsageHours ?? '',
    everyDays: rule?.everyDays ?? '',
    active: rule?.active ?? true,
  }));
  const [problems, setProblems] = useState<Partial<Record<RuleField, RuleProblem | 'refused'>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  // A rule of another location keeps its location when edited from here.
  const locationId = rule?.location?.id ?? location.id;
  const locationName = rule?.location?.name ?? location.name;
  const categories = [
    ...EQUIPMENT_CATEGORIES,
    ...(rule && !(EQUIPMENT_CATEGORIES as readonly string[]).includes(rule.category)
      ? [rule.category]
      : []),
  ];
  const message = (field: RuleField) => {
    const problem = problems[field];
    if (!problem) return undefined;
    if (problem === 'refused') return t(`ruleForm.refused.${field}`);
    return t(`ruleForm.problems.${problem}`, { max: RULE_NAME_MAX });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const checked = ruleInput(draft, locationId);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    try {
      const saved = rule
        ? (await update({ variables: { id: rule.id, input: checked.input } })).data
            ?.updateMaintenanceRule
        : (await create({ variables: { input: checked.input } })).data?.createMaintenanceRule;
      notifications.show({
        color: 'teal',
        message: t('ruleForm.saved', { name: saved?.name ?? '' }),
      });
      onClose();
    } catch (err) {
      const refused = FIELDS.filter((f) => f in getFieldErrors(err));
      if (getErrorCode(err) === 'BAD_USER_INPUT' && refused.length)
        setProblems(Object.fromEntries(refused.map((f) => [f, 'refused'])));
      else setFormError(errorText(err));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('ruleForm.name')}
          placeholder={t('ruleForm.namePlaceholder')}
          value={draft.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={message('name')}
          maxLength={RULE_NAME_MAX}
          required
          data-autofocus
        />
        <Select
          label={t('ruleForm.category')}
          placeholder={t('ruleForm.categoryPlaceholder')}
          data={categories.map((key) => ({ value: key, label: categoryLabel(key) }))}
          value={draft.category}
          onChange={(value) => set('category', value)}
          error={message('category')}
          searchable
          required
          comboboxProps={{ withinPortal: true }}
        />
        <Stack gap={4}>
          <Text fz="sm" fw={500} id="rule-where">
            {t('ruleForm.where')}
          </Text>
          <SegmentedControl
            aria-labelledby="rule-where"
            value={draft.everywhere ? 'all' : 'one'}
            onChange={(value) => set('everywhere', value === 'all')}
            data={[
              { value: 'one', label: locationName },
              { value: 'all', label: t('ruleForm.allLocations') },
            ]}
          />
          {message('locationId') && (
            <Text fz="xs" c="red">
              {message('locationId')}
            </Text>
          )}
        </Stack>
        <Group grow align="flex-start">
          <NumberInput
            label={t('ruleForm.everyUsageHours')}
            value={draft.everyUsageHours}
            onChange={(value) => set('everyUsageHours', value)}
            error={message('everyUsageHours')}
            min={1}
            max={10_000}
            allowDecimal={false}
            allowNegative={false}
            suffix={` ${t('ruleForm.hoursSuffix')}`}
          />
          <NumberInput
            label={t('ruleForm.everyDays')}
            value={draft.everyDays}
            onChange={(value) => set('everyDays', value)}
            error={message('everyDays')}
            min={1}
            max={3650}
            allowDecimal={false}
            allowNegative={false}
            suffix={` ${t('ruleForm.daysSuffix')}`}
          />
        </Group>
        <Text fz="xs" c="dimmed">
          {t('ruleForm.intervalsHelp')}
        </Text>
        <Switch
          label={t('ruleForm.active')}
          description={t('ruleForm.activeHelp')}
          checked={draft.active}
          onChange={(e) => set('active', e.currentTarget.checked)}
        />
        {formError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={saving}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {rule ? t('ruleForm.save') : t('ruleForm.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
