import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LegalDocumentKind } from '../../../gql/graphql';
import { isRequiredKind } from '../kinds';

/** Whether people must accept this kind of document to use Plannivo. */
export function RequiredBadge({ kind }: { kind: LegalDocumentKind }) {
  const { t } = useTranslation('legal');
  const required = isRequiredKind(kind);
  return (
    <Badge variant="light" color={required ? 'orange' : 'gray'} radius="sm" tt="none" fw={600}>
      {required ? t('required') : t('optional')}
    </Badge>
  );
}
