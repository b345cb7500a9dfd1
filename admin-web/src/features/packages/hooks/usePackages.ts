import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  CustomerPackagesDocument,
  IssueVoucherDocument,
  PackageCustomerSearchDocument,
  PackageSaleOptionsDocument,
  RedeemVoucherDocument,
  SellPackageDocument,
  VouchersDocument,
  type VoucherFilter,
} from '../../../gql/graphql';
import { usePagedConnection } from '../../../shared/hooks/usePagedConnection';
import { AFTER_MONEY_MOVED } from '../../payments';

/** What a sale, an issue or a redemption changes: packages, vouchers, wallets and payments. */
const AFTER_PACKAGE_CHANGE = ['CustomerPackages', 'Vouchers', ...AFTER_MONEY_MOVED];

/** A customer's packages with what is left of each. */
export function useCustomerPackages(customerId: string) {
  const { data, loading, error, refetch } = useQuery(CustomerPackagesDocument, {
    variables: { customerId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    packages: data?.customerPackages ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** Locations (currency, methods), the catalog's packages and, when known, the buyer's family. */
export function usePackageSaleOptions(customerId: string | null) {
  const { data, loading, error } = useQuery(PackageSaleOptionsDocument, {
    variables: { customerId: customerId ?? '', withCustomer: Boolean(customerId) },
    fetchPolicy: 'cache-and-network',
  });
  const locations = useMemo(
    () => [...(data?.locations ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
  return {
    locations,
    packages: data?.packages ?? [],
    customer: data?.customer ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
  };
}

/** Customers found by the API's typo-tolerant search, for choosing a buyer. */
export function useCustomerSearch(search: string) {
  const { data, loading } = useQuery(PackageCustomerSearchDocument, {
    variables: { search: search || null, first: 15 },
  });
  return { customers: data?.customers.edges.map((e) => e.node) ?? [], loading };
}

export function useSellPackage() {
  return useMutation(SellPackageDocument, {
    refetchQueries: AFTER_PACKAGE_CHANGE,
    awaitRefetchQueries: true,
  });
}

export function useIssueVoucher() {
  return useMutation(IssueVoucherDocument, {
    refetchQueries: AFTER_PACKAGE_CHANGE,
    awaitRefetchQueries: true,
  });
}

export function useRedeemVoucher() {
  return useMutation(RedeemVoucherDocument, {
    refetchQueries: AFTER_PACKAGE_CHANGE,
    awaitRefetchQueries: true,
  });
}

/** Voucher codes, newest first, a page at a time. */
export function useVouchers(filter: VoucherFilter) {
  return usePagedConnection(VouchersDocument, { filter, first: 50 }, (data) => data.vouchers);
}
