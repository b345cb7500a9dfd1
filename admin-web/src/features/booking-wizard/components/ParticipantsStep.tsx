import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WizardService } from '../hooks/useWizardData';
import { participantLimit, type Draft, type PickedCustomer } from '../lib/draft';
import { CustomerPicker } from './CustomerPicker';
import { FieldProblems, type FieldProblem } from './FieldProblems';

/** Step 3: who takes part, within the slot's places. */
export function ParticipantsStep({
  service,
  draft,
  problems,
  onCustomers,
}: {
  service: WizardService;
  draft: Draft;
  problems: FieldProblem[];
  onCustomers: (customers: PickedCustomer[]) => void;
}) {
  const { t } = useTranslation(['bookingWizard', 'customers']);
  const limit = participantLimit(service, draft.slot);
  const over = draft.customers.length > limit;
  return (
    <Stack gap="md">
      <FieldProblems problems={problems} />
      <CustomerPicker
        value={draft.customers}
        limit={Math.max(limit, draft.customers.length)}
        error={over ? t('bookingWizard:problems.tooManyParticipants', { count: limit }) : undefined}
        onChange={onCustomers}
      />
      {limit === 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertCircle aria-hidden />}>
          {t('bookingWizard:participants.full')}
        </Alert>
      )}
      {draft.customers.length > 0 && (
        <Stack gap="xs" maw={560}>
          {draft.customers.map((c) => {
            const skill = c.skills.find((s) => s.discipline === service.discipline);
            return (
              <Paper key={c.id} withBorder radius="md" p="sm">
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="xs" wrap="nowrap">
                    <IconUser size={16} aria-hidden />
                    <Text fw={500}>{c.name}</Text>
                  </Group>
                  {service.discipline && (
                    <Badge variant="light" tt="none" color={skill ? 'ocean' : 'gray'}>
                      {skill
                        ? `${t(`customers:disciplines.${skill.discipline}`)} · ${t(`customers:levels.${skill.level}`)}`
                        : t('bookingWizard:participants.noLevel')}
                    </Badge>
                  )}
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
