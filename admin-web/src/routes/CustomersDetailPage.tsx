import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { CustomerDetail } from '../features/customers';
import { CustomerPackagesPanel } from '../features/packages';
import { CustomerWalletPanel } from '../features/wallet';

/** `/customers/:id`: one record, reached from the customer list (not from the menu). */
export function CustomersDetailPage() {
  const { id = '' } = useParams();
  return (
    <Stack maw={1100}>
      {/* A fresh page per record: tabs, forms and dialogs never carry over. */}
      <CustomerDetail key={id} id={id} />
      <CustomerWalletPanel key={`wallet-${id}`} customerId={id} />
      <CustomerPackagesPanel key={`packages-${id}`} customerId={id} />
    </Stack>
  );
}
