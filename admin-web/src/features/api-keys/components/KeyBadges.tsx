import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiKeyScope } from '../../../gql/graphql';
import { sortScopes, STATUS_COLORS, type ApiKeyStatus } from '../keys';

export function ApiKeyStatusBadge({ status }: { status: ApiKeyStatus }) {
  const { t } = useTranslation('apiKeys');
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant={status === 'ACTIVE' ? 'dot' : 'light'}
      radius="sm"
      tt="none"
      fw={600}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

/** What the key may do, each scope explained on hover. */
export function ScopeBadges({ scopes }: { scopes: readonly ApiKeyScope[] }) {
  const { t } = useTranslation('apiKeys');
  return (
    <Group gap={4}>
      {sortScopes(scopes).map((scope) => (
        <Tooltip key={scope} label={t(`scopes.${scope}.description`)} withArrow multiline maw={260}>
          <Badge
            variant="outline"
            color={scope === 'READ' ? 'gray' : 'orange'}
            radius="sm"
            tt="none"
            size="sm"
          >
            {t(`scopes.${scope}.label`)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
