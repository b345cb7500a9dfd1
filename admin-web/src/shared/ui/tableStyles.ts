import type { TableProps } from '@mantine/core';

/** The list pages' table headers: small, uppercase, dimmed, on one line. */
export const dataTableStyles: TableProps['styles'] = {
  th: {
    fontSize: 'var(--mantine-font-size-xs)',
    fontWeight: 600,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    color: 'var(--mantine-color-dimmed)',
    whiteSpace: 'nowrap',
  },
  td: { verticalAlign: 'middle' },
};
