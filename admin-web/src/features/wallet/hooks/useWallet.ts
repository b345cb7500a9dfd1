import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  ConvertWalletCurrencyDocument,
  CustomerWalletDocument,
  FxRatesDocument,
  SetFxRateDocument,
  TopUpWalletDocument,
  WalletLocationsDocument,
} from '../../../gql/graphql';
import { AFTER_MONEY_MOVED } from '../../payments';

/** A customer's balances per currency and their latest `lines` movements, newest first. */
export function useCustomerWallet(customerId: string, lines: number) {
  const { data, previousData, loading, error, refetch } = useQuery(CustomerWalletDocument, {
    variables: { customerId, lines },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return {
    wallet: shown?.wallet ?? null,
    loading: loading && !shown,
    loadingMore: loading && Boolean(previousData) && !data,
    error: shown ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** The school's locations with their currency, zone and accepted methods, by name. */
export function useWalletLocations() {
  const { data, loading, error } = useQuery(WalletLocationsDocument);
  const locations = useMemo(
    () => [...(data?.locations ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
  return { locations, loading: loading && !data, error: data ? undefined : error };
}

/** Entered exchange rates, newest day first (of one currency, either side, when given). */
export function useFxRates(currency: string | null = null) {
  const { data, loading, error, refetch } = useQuery(FxRatesDocument, {
    variables: { base: currency },
    fetchPolicy: 'cache-and-network',
  });
  return {
    rates: data?.fxRates ?? [],
    loading: loading && !data,
    refreshing: loading && Boolean(data),
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** Puts money into a wallet; the wallet and every list of payments refresh after. */
export function useTopUpWallet() {
  return useMutation(TopUpWalletDocument, {
    refetchQueries: AFTER_MONEY_MOVED,
    awaitRefetchQueries: true,
  });
}

/** Moves wallet money to another currency at the day's rate; the wallet refreshes after. */
export function useConvertWalletCurrency() {
  return useMutation(ConvertWalletCurrencyDocument, {
    refetchQueries: ['CustomerWallet'],
    awaitRefetchQueries: true,
  });
}

/** Enters (or replaces) a pair's rate for a day; the rates refresh after. */
export function useSetFxRate() {
  return useMutation(SetFxRateDocument, {
    refetchQueries: ['FxRates'],
    awaitRefetchQueries: true,
  });
}
