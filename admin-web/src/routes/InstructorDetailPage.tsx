import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { InstructorDetail } from '../features/instructors';

/** `/instructors/:id`: one instructor, reached from the instructor list (not from the menu). */
export function InstructorDetailPage() {
  const { id = '' } = useParams();
  return (
    <Stack maw={1100}>
      {/* A fresh page per instructor: tabs, forms and dialogs never carry over. */}
      <InstructorDetail key={id} id={id} />
    </Stack>
  );
}

/** `/my-profile`: the signed-in instructor's own profile (their hours, time off, certificates). */
export function MyInstructorProfilePage() {
  return (
    <Stack maw={1100}>
      <InstructorDetail own />
    </Stack>
  );
}
