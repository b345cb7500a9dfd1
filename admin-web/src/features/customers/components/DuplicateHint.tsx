import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerLinkFieldsFragment } from '../../../gql/graphql';
import { customerPath } from './viewProps';

/**
 * Records that already have the email or phone being typed: "Possible duplicate: <name>",
 * with a link to open that record instead of creating a second one.
 */
export function DuplicateHint({
  matches,
  onOpen,
}: {
  matches: readonly CustomerLinkFieldsFragment[];
  onOpen: () => void;
}) {
  const { t } = useTranslation('customers');
  if (matches.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconUsers size={18} aria-hidden />} role="status">
      <Stack gap={6}>
        {matches.slice(0, 3).map((match) => (
          <Text key={match.id} fz="sm">
            {t('create.possibleDuplicate', { name: match.name })}{' '}
            <Anchor component={Link} to={customerPath(match.id)} fz="sm" fw={600} onClick={onOpen}>
              {t('create.openRecord', { name: match.name })}
            </Anchor>
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
