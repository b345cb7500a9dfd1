import {
  ActionIcon,
  Alert,
  Anchor,
  Paper,
  Skeleton,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { errorMessageKeys, getErrorCode } from '@plannivo/web-kit/errors';
import { LocalTime } from '@plannivo/web-kit/time';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocationFieldsFragment } from '../../../gql/graphql';
import { useLocations } from '../hooks/useLocations';
import { RenameLocationModal } from './RenameLocationModal';

export function LocationsTable({ canRename }: { canRename: boolean }) {
  const { t } = useTranslation('locations');
  const { t: tc } = useTranslation();
  const { locations, loading, error } = useLocations();
  const [renaming, setRenaming] = useState<LocationFieldsFragment | null>(null);

  if (error) return <Alert color="red">{tc(errorMessageKeys[getErrorCode(error)])}</Alert>;
  if (loading) return <Skeleton height={180} radius="lg" />;
  if (locations.length === 0) return <Text c="dimmed">{t('empty')}</Text>;

  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="md" horizontalSpacing="lg" highlightOnHover>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>{t('columns.name')}</Table.Th>
              <Table.Th>{t('columns.timezone')}</Table.Th>
              <Table.Th>{t('columns.currency')}</Table.Th>
              <Table.Th>{t('columns.localTime')}</Table.Th>
              {canRename && (
                <Table.Th w={80}>
                  <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {locations.map((location) => (
              <Table.Tr key={location.id}>
                <Table.Td fw={600}>
                  <Anchor component={Link} to={`/locations/${location.id}`} fw={600} inherit>
                    {location.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{location.timezone}</Table.Td>
                <Table.Td>{location.currency}</Table.Td>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                  <LocalTime timeZone={location.timezone} />
                </Table.Td>
                {canRename && (
                  <Table.Td ta="right">
                    <Tooltip label={t('rename.action')} withArrow>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('rename.actionLabel', { name: location.name })}
                        onClick={() => setRenaming(location)}
                      >
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RenameLocationModal
        key={renaming?.id ?? 'closed'}
        location={renaming}
        onClose={() => setRenaming(null)}
      />
    </Paper>
  );
}
