import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { EquipmentDetail } from '../features/equipment';

/** `/equipment/:id`: one item, reached from the inventory (not from the menu). */
export function EquipmentDetailPage() {
  const { id = '' } = useParams();
  return (
    <Stack maw={1300}>
      {/* A fresh page per item: dialogs and pages of the log never carry over. */}
      <EquipmentDetail key={id} id={id} />
    </Stack>
  );
}
