import { useMutation, useQuery } from '@apollo/client/react';
import {
  MyPackagesDocument,
  RedeemMyVoucherDocument,
  type MyPackagesQuery,
} from '../../../gql/graphql';

export type MyPackage = MyPackagesQuery['myPackages'][number];

/** The caller's packages and their family's, and who they may redeem a code for. */
export function useMyPackages() {
  const { data, loading, error, refetch } = useQuery(MyPackagesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const own = data?.me?.customer ?? null;
  return {
    packages: data?.myPackages ?? [],
    people: own ? [{ id: own.id, name: own.name }, ...own.dependents] : [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** Redeems a code; the packages (and anything showing the wallet) refresh after. */
export function useRedeemVoucher() {
  return useMutation(RedeemMyVoucherDocument, {
    refetchQueries: ['MyPackages'],
    awaitRefetchQueries: true,
  });
}
