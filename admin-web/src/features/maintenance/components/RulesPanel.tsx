import {
  ActionIcon,
  Badge,
  Button,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconPencil, IconPlus, IconTool, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaintenanceRuleFieldsFragment } from '../../../gql/graphql';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { useMaintenanceRules, useRuleActions } from '../hooks/useMaintenance';
import { RuleModal } from './RuleModal';
import { useCategoryLabel } from './TaskCard';

type Rule = MaintenanceRuleFieldsFragment;

/** "every 100 h of use or 180 days", in the UI language. */
function useIntervalText() {
  const { t } = useTranslation('maintenance');
  return (rule: Pick<Rule, 'everyUsageHours' | 'everyDays'>) => {
    const hours =
      rule.everyUsageHours != null ? t('rules.everyHours', { count: rule.everyUsageHours }) : null;
    const days = rule.everyDays != null ? t('rules.everyDays', { count: rule.everyDays }) : null;
    return hours && days ? t('rules.either', { hours, days }) : (hours ?? days ?? '');
  };
}

/**
 * The service rules that apply at a location (its own and every location's): what they ask
 * for, switched on or off in place, edited and deleted in a dialog. A table at the desk, a
 * list of cards on a phone.
 */
export function RulesPanel({ location }: { location: { id: string; name: string } }) {
  const { t } = useTranslation('maintenance');
  const errorText = useErrorText();
  const desk = useIsDesk();
  const { rules, loading, error, retry } = useMaintenanceRules(location.id);
  const actions = useRuleActions();
  const categoryLabel = useCategoryLabel();
  const interval = useIntervalText();
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);
  const [deleteError, setDeleteError] = useState<string | undefined>();

  const toggle = async (rule: Rule, active: boolean) => {
    try {
      await actions.setActive({ variables: { id: rule.id, active } });
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(err) });
    }
  };
  const remove = async () => {
    if (!deleting) return;
    try {
      await actions.remove({ variables: { id: deleting.id } });
      notifications.show({ color: 'teal', message: t('rules.deleted', { name: deleting.name }) });
      setDeleting(null);
    } catch (err) {
      setDeleteError(errorText(err));
    }
  };

  if (error) return <ErrorState title={t('rules.loadFailed')} error={error} onRetry={retry} />;
  if (loading) return <Skeleton height={200} radius="md" />;

  const where = (rule: Rule) => rule.location?.name ?? t('rules.allLocations');
  const activeSwitch = (rule: Rule) => (
    <Switch
      checked={rule.active}
      onChange={(e) => void toggle(rule, e.currentTarget.checked)}
      aria-label={t('rules.activeLabel', { name: rule.name })}
    />
  );
  const buttons = (rule: Rule) => (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Tooltip label={t('rules.edit')} withArrow>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={t('rules.editLabel', { name: rule.name })}
          onClick={() => setEditing(rule)}
        >
          <IconPencil size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('rules.delete')} withArrow>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={t('rules.deleteLabel', { name: rule.name })}
          onClick={() => {
            setDeleteError(undefined);
            setDeleting(rule);
          }}
        >
          <IconTrash size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text fz="sm" c="dimmed" maw={640}>
          {t('rules.intro')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('rules.new')}
        </Button>
      </Group>
      {rules.length === 0 ? (
        <EmptyState
          py={48}
          withIndicatorBackground
          icon={<IconTool size={26} />}
          title={t('rules.emptyTitle')}
          description={t('rules.emptyBody', { location: location.name })}
        />
      ) : desk ? (
        <Paper withBorder radius="lg">
          <Table verticalSpacing="sm" highlightOnHover aria-label={t('rules.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rules.columns.name')}</Table.Th>
                <Table.Th>{t('rules.columns.category')}</Table.Th>
                <Table.Th>{t('rules.columns.interval')}</Table.Th>
                <Table.Th>{t('rules.columns.location')}</Table.Th>
                <Table.Th>{t('rules.columns.active')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.map((rule) => (
                <Table.Tr key={rule.id} style={{ opacity: rule.active ? 1 : 0.6 }}>
                  <Table.Td fw={600}>{rule.name}</Table.Td>
                  <Table.Td>{categoryLabel(rule.category)}</Table.Td>
                  <Table.Td>{interval(rule)}</Table.Td>
                  <Table.Td>{where(rule)}</Table.Td>
                  <Table.Td>{activeSwitch(rule)}</Table.Td>
                  <Table.Td>{buttons(rule)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {rules.map((rule) => (
            <Paper key={rule.id} component="li" withBorder radius="md" p="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} miw={0}>
                  <Text fw={600}>{rule.name}</Text>
                  <Text fz="sm">
                    {categoryLabel(rule.category)} · {interval(rule)}
                  </Text>
                  <Group gap={6}>
                    <Badge variant="light" color="gray" size="sm">
                      {where(rule)}
                    </Badge>
                  </Group>
                </Stack>
                <Stack gap="xs" align="flex-end">
                  {activeSwitch(rule)}
                  {buttons(rule)}
                </Stack>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <RuleModal
        location={location}
        rule={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('rules.deleteTitle')}
        confirmLabel={t('rules.deleteConfirm')}
        loading={actions.removing}
        error={deleteError}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      >
        {t('rules.deleteBody', { name: deleting?.name ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}
