import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFieldsFragment } from '../../../gql/graphql';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { AddDependentModal } from './AddDependentModal';
import { PersonLink } from './PersonLink';

/** Who books for this person (their guardian), and whom they book for (their dependents). */
export function FamilyTab({
  customer,
  readOnly,
}: {
  customer: CustomerFieldsFragment;
  readOnly: boolean;
}) {
  const { t } = useTranslation('customers');
  const [adding, setAdding] = useState(false);

  return (
    <Stack gap="lg">
      {customer.guardian && (
        <Paper withBorder radius="lg" p="lg" component="section" aria-label={t('family.guardian')}>
          <Stack gap="sm">
            <Title order={2} fz="md">
              {t('family.guardian')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('family.guardianBody', { name: customer.guardian.name })}
            </Text>
            <PersonLink person={customer.guardian} />
          </Stack>
        </Paper>
      )}

      <Paper withBorder radius="lg" component="section" aria-label={t('family.members')}>
        <Group justify="space-between" align="flex-start" p="lg" gap="sm">
          <div>
            <Title order={2} fz="md">
              {t('family.members')}
            </Title>
            <Text fz="sm" c="dimmed" mt={2}>
              {t('family.membersHelp')}
            </Text>
          </div>
          {!readOnly && (
            <Button
              variant="light"
              leftSection={<IconUserPlus size={16} />}
              onClick={() => setAdding(true)}
            >
              {t('family.add')}
            </Button>
          )}
        </Group>
        {customer.dependents.length === 0 ? (
          <Text fz="sm" c="dimmed" px="lg" pb="lg">
            {t('family.empty')}
          </Text>
        ) : (
          <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
            {customer.dependents.map((dependent) => (
              <li key={dependent.id} style={{ borderTop: rowBorder, padding: '12px 20px' }}>
                <PersonLink person={dependent} />
              </li>
            ))}
          </Stack>
        )}
      </Paper>

      <AddDependentModal guardian={customer} opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
