import { Stack } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { useParams } from 'react-router';
import { BookingDetail } from '../features/booking-wizard';
import { BookingInvoices } from '../features/invoices';
import { BookingPaymentPanel } from '../features/payments';
import { canAccess } from '../shared/lib/can';

export function BookingDetailPage() {
  const { id = '' } = useParams();
  const { user } = useCurrentUser();
  return (
    <Stack gap="xl" maw={900}>
      <BookingDetail id={id} />
      {user && canAccess(user.role, 'finance') && <BookingPaymentPanel bookingId={id} />}
      {user && canAccess(user.role, 'finance') && <BookingInvoices bookingId={id} />}
    </Stack>
  );
}
