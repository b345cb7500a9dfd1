import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CatalogPackageFieldsFragment,
  CatalogServiceFieldsFragment,
} from '../../../gql/graphql';
import { AppModal } from '../../../shared/ui/AppModal';
import { refusedPackageFields } from '../fieldErrors';
import { formatMinutes } from '../format';
import { saveAndClose } from '../formSubmit';
import { useSavePackage } from '../hooks/useCatalog';
import { minorToAmount } from '../money';
import {
  ITEM_QUANTITY,
  itemMinutes,
  PACKAGE_ITEMS_MAX,
  packageInputOf,
  packageProblems,
  VALIDITY_DAYS,
  type PackageDraft,
  type PackageField,
} from '../rules';
import { CountInput, FormActions, FormErrorAlert, NameAndDescription } from './CatalogFormParts';
import { PriceInput } from './PriceInput';

function draftOf(pkg: CatalogPackageFieldsFragment | null): PackageDraft {
  if (!pkg) {
    return {
      name: '',
      description: '',
      validityDays: 90,
      price: '',
      gift: false,
      active: true,
      items: [{ serviceId: null, quantity: 1 }],
    };
  }
  return {
    name: pkg.name,
    description: pkg.description ?? '',
    validityDays: pkg.validityDays,
    price: minorToAmount(pkg.price.amountMinor, pkg.price.currency),
    gift: pkg.gift,
    active: pkg.active,
    items: pkg.items.map((item) => ({
      serviceId: item.service?.id ?? null,
      quantity: item.quantity,
    })),
  };
}

/**
 * Adds or changes a package: a course (10 hours of kite lessons valid 90 days), a bundle of
 * several services of the location, or a gift. Its items are rows of a service and how many
 * sessions of it; lessons show the hours they add up to.
 */
export function PackageModal({
  opened,
  pkg,
  services,
  locationId,
  currency,
  onClose,
}: {
  opened: boolean;
  /** The package to change, or null for a new one. */
  pkg: CatalogPackageFieldsFragment | null;
  /** The location's services, on sale or not, to choose items from. */
  services: readonly CatalogServiceFieldsFragment[];
  locationId: string;
  currency: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('catalog');
  const { save, loading, error, reset } = useSavePackage();
  const [draft, setDraft] = useState(() => draftOf(pkg));
  const [checked, setChecked] = useState(false);

  const set = (change: Partial<PackageDraft>) => setDraft((current) => ({ ...current, ...change }));
  const setItem = (index: number, change: Partial<PackageDraft['items'][number]>) =>
    set({ items: draft.items.map((item, i) => (i === index ? { ...item, ...change } : item)) });

  const problems = packageProblems(draft, currency);
  const refused = refusedPackageFields(error);
  const fieldError = (field: PackageField) => {
    const problem = problems[field];
    if (checked && problem) return t(problem.key as 'problems.price', problem.values);
    return refused.includes(field) ? t(`refused.${field}`) : undefined;
  };
  const byField = getErrorCode(error) === 'BAD_USER_INPUT' && refused.length > 0;
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const totalLessonMinutes = draft.items.reduce((sum, item) => {
    const service = item.serviceId ? serviceById.get(item.serviceId) : undefined;
    if (service?.kind !== 'LESSON') return sum;
    return sum + (itemMinutes(item.quantity, service.durationMinutes) ?? 0);
  }, 0);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problems).length > 0) return;
    reset();
    const input = packageInputOf(draft, currency);
    await saveAndClose(
      () => save(pkg?.id ?? null, pkg ? input : { ...input, locationId }),
      (name) => t(pkg ? 'packages.saved' : 'packages.created', { name }),
      onClose,
    );
  }

  const itemsError = fieldError('items');

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={pkg ? t('packages.editTitle', { name: pkg.name }) : t('packages.newTitle')}
      size="xl"
    >
      <form onSubmit={handleSubmit} noValidate aria-label={t('packages.formLabel')}>
        <Stack gap="md">
          <FormErrorAlert error={error} byField={byField} />
          <NameAndDescription
            name={draft.name}
            description={draft.description}
            placeholder={t('placeholders.package')}
            onChange={set}
            nameError={fieldError('name')}
            descriptionError={fieldError('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <CountInput
              label={t('fields.validityDays')}
              description={t('packages.validityHelp', {
                min: VALIDITY_DAYS[0],
                max: VALIDITY_DAYS[1],
              })}
              value={draft.validityDays}
              onChange={(value) => set({ validityDays: value })}
              error={fieldError('validityDays')}
              min={VALIDITY_DAYS[0]}
              max={VALIDITY_DAYS[1]}
              required
            />
            <PriceInput
              label={t('fields.packagePrice')}
              description={t('fields.priceHelp', { currency })}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              currency={currency}
              value={draft.price}
              onChange={(value) => set({ price: value })}
              error={fieldError('price')}
              required
            />
          </SimpleGrid>
          <Group gap="xl">
            <Switch
              label={t('fields.gift')}
              description={t('fields.giftHelp')}
              checked={draft.gift}
              onChange={(event) => set({ gift: event.currentTarget.checked })}
            />
            {/* On by default: a new package is sold at once unless prepared ahead, off sale. */}
            <Switch
              label={t('fields.onSale')}
              description={t('fields.onSaleHelp')}
              checked={draft.active}
              onChange={(event) => set({ active: event.currentTarget.checked })}
            />
          </Group>

          <Stack gap="xs" role="group" aria-label={t('packages.items')}>
            <Group justify="space-between" align="baseline">
              <Text fw={600}>{t('packages.items')}</Text>
              {totalLessonMinutes > 0 && (
                <Text fz="sm" c="dimmed">
                  {t('packages.lessonTotal', { duration: formatMinutes(totalLessonMinutes, t) })}
                </Text>
              )}
            </Group>
            {services.length === 0 && (
              <Text fz="sm" c="dimmed">
                {t('packages.noServices')}
              </Text>
            )}
            {draft.items.map((item, index) => {
              const service = item.serviceId ? serviceById.get(item.serviceId) : undefined;
              const minutes =
                service?.kind === 'LESSON'
                  ? itemMinutes(item.quantity, service.durationMinutes)
                  : null;
              const taken = new Set(
                draft.items.filter((_, i) => i !== index).map((other) => other.serviceId),
              );
              const position = index + 1;
              return (
                <Group key={index} gap="sm" align="flex-start" wrap="nowrap">
                  <Select
                    label={t('packages.service')}
                    aria-label={t('packages.serviceN', { n: position })}
                    placeholder={t('packages.chooseService')}
                    data={services.map((s) => ({
                      value: s.id,
                      label: s.active ? s.name : t('packages.offSaleService', { name: s.name }),
                      disabled: taken.has(s.id),
                    }))}
                    value={item.serviceId}
                    onChange={(serviceId) => setItem(index, { serviceId })}
                    searchable
                    nothingFoundMessage={t('packages.noServiceFound')}
                    style={{ flex: 1, minWidth: 0 }}
                  />
                  <CountInput
                    label={t('packages.quantity')}
                    aria-label={t('packages.quantityN', { n: position })}
                    description={minutes ? formatMinutes(minutes, t) : undefined}
                    value={item.quantity}
                    onChange={(quantity) => setItem(index, { quantity })}
                    min={ITEM_QUANTITY[0]}
                    max={ITEM_QUANTITY[1]}
                    w={120}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mt={26}
                    aria-label={t('packages.removeItemN', { n: position })}
                    onClick={() => set({ items: draft.items.filter((_, i) => i !== index) })}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
              );
            })}
            {itemsError && (
              <Text c="red" fz="sm" role="alert">
                {itemsError}
              </Text>
            )}
            {draft.items.length < PACKAGE_ITEMS_MAX && services.length > draft.items.length && (
              <Group>
                <Button
                  variant="light"
                  size="sm"
                  leftSection={<IconPlus size={16} />}
                  onClick={() => set({ items: [...draft.items, { serviceId: null, quantity: 1 }] })}
                >
                  {t('packages.addItem')}
                </Button>
              </Group>
            )}
          </Stack>

          <FormActions
            onCancel={onClose}
            loading={loading}
            submitLabel={pkg ? t('form.save') : t('packages.create')}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
