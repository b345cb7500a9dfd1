import { Avatar, Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { CertificationSummary, DisciplineBadges, StatusBadge } from './Badges';
import type { InstructorsViewProps } from './InstructorsTable';
import { instructorPath } from './paths';

/** The phone view: one tappable block per instructor, opening the profile. */
export function InstructorsList({ instructors, loading }: InstructorsViewProps) {
  if (loading) {
    return (
      <Stack gap={0} aria-hidden>
        {Array.from({ length: 5 }, (_, i) => (
          <Stack key={i} gap={8} p="md" style={{ borderTop: i ? rowBorder : undefined }}>
            <Skeleton height={14} width="55%" radius="sm" />
            <Skeleton height={18} width={140} radius="sm" />
          </Stack>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {instructors.map((instructor, i) => (
        <li key={instructor.id} style={{ borderTop: i ? rowBorder : undefined }}>
          <UnstyledButton component={Link} to={instructorPath(instructor.id)} w="100%" p="md">
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }} align="flex-start">
                <Avatar
                  name={instructor.name}
                  color="initials"
                  size={36}
                  radius="xl"
                  style={{ flexShrink: 0 }}
                  aria-hidden
                />
                <Stack gap={6} miw={0}>
                  <Group gap="xs">
                    <Text fz="sm" fw={600} truncate="end">
                      {instructor.name}
                    </Text>
                    {!instructor.active && <StatusBadge active={false} />}
                  </Group>
                  <Text fz="xs" c="dimmed" truncate="end">
                    {instructor.locations.map((l) => l.name).join(', ')}
                  </Text>
                  <DisciplineBadges disciplines={instructor.disciplines} />
                  <CertificationSummary certifications={instructor.certifications} />
                </Stack>
              </Group>
              <IconChevronRight size={18} color="var(--mantine-color-dimmed)" aria-hidden />
            </Group>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
