import { ActionIcon, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';

/** A list toolbar's "refresh" icon button, spinning while the refresh runs. */
export function RefreshButton({
  label,
  onClick,
  loading,
}: {
  label: string;
  onClick: () => void;
  loading: boolean;
}) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={onClick}
        loading={loading}
        aria-label={label}
      >
        <IconRefresh size={18} />
      </ActionIcon>
    </Tooltip>
  );
}
