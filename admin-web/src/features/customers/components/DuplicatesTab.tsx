import { Button, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconArrowMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFieldsFragment, CustomerLinkFieldsFragment } from '../../../gql/graphql';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { useMergeCustomers } from '../hooks/useCustomerMutations';
import { PersonLink } from './PersonLink';

/**
 * Other records with this one's email or phone, each mergeable into this one after a
 * confirmation. The API refuses (CONFLICT) two records with accounts, or one merged already.
 */
export function DuplicatesTab({
  customer,
  readOnly,
}: {
  customer: CustomerFieldsFragment;
  readOnly: boolean;
}) {
  const { t } = useTranslation('customers');
  const errorMessage = useErrorText();
  const merge = useMergeCustomers();
  const [merging, setMerging] = useState<CustomerLinkFieldsFragment | null>(null);

  const ask = (duplicate: CustomerLinkFieldsFragment) => {
    merge.reset();
    setMerging(duplicate);
  };

  const confirm = async () => {
    if (!merging) return;
    try {
      await merge.mergeCustomers(customer.id, merging.id);
      notifications.show({
        color: 'teal',
        message: t('duplicates.merged', { name: merging.name }),
      });
      setMerging(null);
    } catch {
      // Shown in the dialog from the mutation's error state.
    }
  };

  const failure = merge.error
    ? getErrorCode(merge.error) === 'CONFLICT'
      ? t('duplicates.conflict')
      : errorMessage(merge.error)
    : undefined;

  return (
    <Stack gap="md">
      <Text fz="sm" c="dimmed" maw={760}>
        {t('duplicates.intro')}
      </Text>
      <Paper withBorder radius="lg">
        {customer.duplicates.length === 0 ? (
          <Text fz="sm" c="dimmed" p="lg">
            {t('duplicates.empty')}
          </Text>
        ) : (
          <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
            {customer.duplicates.map((duplicate, i) => (
              <li
                key={duplicate.id}
                style={{ borderTop: i ? rowBorder : undefined, padding: '12px 20px' }}
              >
                <PersonLink
                  person={duplicate}
                  action={
                    !readOnly && (
                      <Button
                        variant="light"
                        size="sm"
                        leftSection={<IconArrowMerge size={16} />}
                        aria-label={t('duplicates.mergeNamed', { name: duplicate.name })}
                        onClick={() => ask(duplicate)}
                      >
                        {t('duplicates.merge')}
                      </Button>
                    )
                  }
                />
              </li>
            ))}
          </Stack>
        )}
      </Paper>

      <ConfirmModal
        opened={merging !== null}
        title={t('duplicates.confirmTitle', { name: merging?.name ?? '' })}
        confirmLabel={t('duplicates.confirm')}
        color="ocean"
        loading={merge.loading}
        error={failure}
        onConfirm={() => void confirm()}
        onClose={() => setMerging(null)}
      >
        {t('duplicates.confirmBody', {
          survivor: customer.name,
          duplicate: merging?.name ?? '',
        })}
      </ConfirmModal>
    </Stack>
  );
}
