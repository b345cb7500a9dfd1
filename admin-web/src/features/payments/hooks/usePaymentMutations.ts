import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  BookingPaymentDocument,
  PaymentWalletBalancesDocument,
  RecordPaymentDocument,
  RefundPaymentDocument,
} from '../../../gql/graphql';

/**
 * What moves when money is taken or given back: the booking's balance and payments, the
 * payer's wallet, the payments list, and the documents lists that show the new receipt.
 * Only the queries on screen are refetched. (A wallet's balance in "Take payment" is read
 * afresh each time the dialog opens.)
 */
export const AFTER_MONEY_MOVED = [
  'BookingPayment',
  'CustomerWallet',
  'Payments',
  'BookingInvoices',
  'Invoices',
];

/** A booking's balance, payments, participants (and guardians) and the location's methods. */
export function useBookingPayment(bookingId: string) {
  const { data, loading, error, refetch } = useQuery(BookingPaymentDocument, {
    variables: { bookingId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    booking: data?.booking ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** What a customer's wallet holds per currency; nothing asked while `customerId` is null. */
export function useWalletBalances(customerId: string | null) {
  const { data, loading, error } = useQuery(
    PaymentWalletBalancesDocument,
    customerId ? { variables: { customerId }, fetchPolicy: 'network-only' } : skipToken,
  );
  return {
    balances: data?.wallet.balances ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
  };
}

/** Records a payment (for a booking or on account); what shows balances refreshes after. */
export function useRecordPayment() {
  return useMutation(RecordPaymentDocument, {
    refetchQueries: AFTER_MONEY_MOVED,
    awaitRefetchQueries: true,
  });
}

/** Gives all or part of a payment back; what shows balances refreshes after. */
export function useRefundPayment() {
  return useMutation(RefundPaymentDocument, {
    refetchQueries: AFTER_MONEY_MOVED,
    awaitRefetchQueries: true,
  });
}
