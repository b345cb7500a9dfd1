import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of a record's form, named by its title for screen readers. */
export function FormSection({
  title,
  description,
  actions,
  children,
}: {
  title: string;
  description?: ReactNode;
  /** Buttons on the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const heading = (
    <div>
      <Title order={2} fz="md">
        {title}
      </Title>
      {description && (
        <Text fz="sm" c="dimmed" mt={2}>
          {description}
        </Text>
      )}
    </div>
  );
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={title}>
      <Stack gap="md">
        {actions ? (
          <div
            style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}
          >
            {heading}
            {actions}
          </div>
        ) : (
          heading
        )}
        {children}
      </Stack>
    </Paper>
  );
}
