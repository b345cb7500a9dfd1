import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { LocationDetail } from '../features/locations';

/** `/locations/:id`: one location's settings, reached from the list of locations. */
export function LocationDetailPage() {
  const { id = '' } = useParams();
  return (
    <Stack maw={1000}>
      {/* A fresh page per location: the form never carries over. */}
      <LocationDetail key={id} id={id} />
    </Stack>
  );
}
