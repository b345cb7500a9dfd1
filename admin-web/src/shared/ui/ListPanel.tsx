import { Box, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

const border = '1px solid var(--mantine-color-default-border)';

/** The frame of a list page: a toolbar (filters), the rows, and a footer (count, Load more). */
export function ListPanel({
  toolbar,
  footer,
  children,
}: {
  toolbar?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'clip' }}>
      {toolbar && (
        <Box p="md" bg="var(--mantine-color-body)" style={{ borderBottom: border }}>
          {toolbar}
        </Box>
      )}
      {children}
      {footer && (
        <Box p="md" style={{ borderTop: border }}>
          {footer}
        </Box>
      )}
    </Paper>
  );
}

/** Rows of a phone list are separated by the same line as the panel's edges. */
export const rowBorder = border;
