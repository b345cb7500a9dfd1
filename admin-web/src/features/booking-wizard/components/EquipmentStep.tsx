import { ActionIcon, Button, Group, Select, Skeleton, Stack, Text } from '@mantine/core';
import { IconPlus, IconRuler2, IconSparkles, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/ui/ErrorState';
import type { useEquipmentStock, WizardService } from '../hooks/useWizardData';
import { MAX_GEAR, type Draft, type GearNeed, type PickedCustomer } from '../lib/draft';
import {
  newGearKey,
  serviceGear,
  stockByCategory,
  usualCategories,
  type CategoryStock,
} from '../lib/gear';
import { suggestedSize } from '../lib/sizing';
import { sizingCategories, withPickedSize } from '../lib/sizingPanel';
import { FieldProblems, type FieldProblem } from './FieldProblems';
import { SizingPanel } from './SizingPanel';
import { useCategoryLabel } from './useCategoryLabel';

/**
 * Step 4, optional: gear by category and size from the location's stock. The service's own
 * gear is proposed per participant, sized from their weight and height when recorded; the
 * sizing panel sizes kites (with the wind), twin-tips and wetsuits by the API's rules and puts
 * the nearest free size on a participant's line.
 */
export function EquipmentStep({
  service,
  draft,
  stock,
  problems,
  onEquipment,
}: {
  service: WizardService;
  draft: Draft;
  stock: ReturnType<typeof useEquipmentStock>;
  problems: FieldProblem[];
  onEquipment: (gear: GearNeed[]) => void;
}) {
  const { t } = useTranslation('bookingWizard');
  const label = useCategoryLabel();
  const usual = usualCategories(service);
  const categories = useMemo(() => stockByCategory(stock.rows, usual), [stock.rows, usual]);
  const byCategory = new Map(categories.map((c) => [c.category, c]));
  const people = new Map(draft.customers.map((c) => [c.id, c]));
  const sized = sizingCategories(
    usual,
    categories.map((c) => c.category),
  );

  const update = (key: string, change: Partial<GearNeed>) =>
    onEquipment(draft.equipment.map((g) => (g.key === key ? { ...g, ...change } : g)));
  const addUsualSet = () =>
    onEquipment(
      [
        ...draft.equipment,
        ...serviceGear(
          usual.filter((c) => byCategory.has(c)),
          draft.customers,
          categories,
          newGearKey,
        ),
      ].slice(0, MAX_GEAR),
    );

  if (stock.error)
    return (
      <ErrorState
        title={t('gear.failed')}
        error={stock.error}
        onRetry={() => void stock.refetch()}
      />
    );
  if (stock.loading) return <Skeleton h={120} radius="md" />;

  return (
    <Stack gap="md" maw={820}>
      <Text c="dimmed">
        {service.equipmentCategories.length
          ? t('gear.introService', {
              categories: service.equipmentCategories.map(label).join(', '),
            })
          : t('gear.intro')}
      </Text>
      <FieldProblems problems={problems} />
      {categories.length === 0 && <Text c="dimmed">{t('gear.noStock')}</Text>}
      {draft.locationId && sized.length > 0 && (
        <SizingPanel
          locationId={draft.locationId}
          categories={sized}
          customers={draft.customers}
          slot={draft.slot}
          gear={draft.equipment}
          onPick={(pick) =>
            onEquipment(
              withPickedSize(
                draft.equipment,
                pick,
                () => ({ key: newGearKey(), category: '', size: null }),
                MAX_GEAR,
              ),
            )
          }
        />
      )}
      {draft.equipment.map((gear, index) => (
        <GearRow
          key={gear.key}
          index={index}
          gear={gear}
          person={gear.customerId ? people.get(gear.customerId) : undefined}
          categories={categories}
          stock={byCategory.get(gear.category)}
          // The sizing panel answers for these, with the wind: one suggestion, not two.
          hint={!sized.includes(gear.category)}
          onChange={(change) => update(gear.key, change)}
          onRemove={() => onEquipment(draft.equipment.filter((g) => g.key !== gear.key))}
        />
      ))}
      {categories.length > 0 && (
        <Group gap="sm">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            disabled={draft.equipment.length >= MAX_GEAR}
            onClick={() =>
              onEquipment([...draft.equipment, { key: newGearKey(), category: '', size: null }])
            }
          >
            {t('gear.add')}
          </Button>
          {usual.some((c) => byCategory.has(c)) && (
            <Button
              variant="subtle"
              leftSection={<IconSparkles size={16} />}
              disabled={draft.equipment.length >= MAX_GEAR}
              onClick={addUsualSet}
            >
              {t('gear.addUsual', { count: Math.max(1, draft.customers.length) })}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

function GearRow({
  index,
  gear,
  person,
  categories,
  stock,
  hint: showHint,
  onChange,
  onRemove,
}: {
  index: number;
  gear: GearNeed;
  person: PickedCustomer | undefined;
  categories: CategoryStock[];
  stock: CategoryStock | undefined;
  hint: boolean;
  onChange: (change: Partial<GearNeed>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('bookingWizard');
  const label = useCategoryLabel();
  const usual = categories.filter((c) => c.usual);
  const other = categories.filter((c) => !c.usual);
  const option = (c: CategoryStock) => ({ value: c.category, label: label(c.category) });
  const data = usual.length
    ? [
        { group: t('gear.usualGroup'), items: usual.map(option) },
        ...(other.length ? [{ group: t('gear.otherGroup'), items: other.map(option) }] : []),
      ]
    : other.map(option);
  const sizes = stock?.sizes.map((s) => s.size) ?? [];
  const hint =
    showHint && person && gear.category ? suggestedSize(gear.category, person, sizes) : null;
  const body = person
    ? [
        person.weightKg ? t('gear.kg', { value: person.weightKg }) : null,
        person.heightCm ? t('gear.cm', { value: person.heightCm }) : null,
      ].filter(Boolean)
    : [];
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={
            person
              ? t('gear.categoryFor', { number: index + 1, name: person.name })
              : t('gear.category', { number: index + 1 })
          }
          placeholder={t('gear.categoryPlaceholder')}
          data={data}
          value={gear.category || null}
          onChange={(value) => onChange({ category: value ?? '', size: null })}
          searchable
          allowDeselect={false}
          error={!gear.category ? t('problems.gearCategory') : undefined}
          w={280}
        />
        <Select
          label={t('gear.size', { number: index + 1 })}
          data={[
            { value: '', label: t('gear.anySize') },
            ...(stock?.sizes ?? []).map((s) => ({
              value: s.size,
              label: t('gear.sizeOption', { size: s.size, count: s.total }),
            })),
          ]}
          value={gear.size ?? ''}
          onChange={(value) => onChange({ size: value || null })}
          disabled={!gear.category || !sizes.length}
          allowDeselect={false}
          w={200}
        />
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          mb={2}
          aria-label={t('gear.remove', { number: index + 1 })}
          onClick={onRemove}
        >
          <IconTrash size={18} />
        </ActionIcon>
      </Group>
      {hint && (
        <Group gap={4} c="dimmed">
          <IconRuler2 size={14} aria-hidden />
          <Text fz="xs">
            {t('gear.hint', { name: person!.name, body: body.join(', '), size: hint })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
