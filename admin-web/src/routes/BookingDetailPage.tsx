import { useParams } from 'react-router';
import { BookingDetail } from '../features/booking-wizard';

export function BookingDetailPage() {
  const { id = '' } = useParams();
  return <BookingDetail id={id} />;
}
