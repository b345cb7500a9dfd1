import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNetworkStatus } from './useNetworkStatus';
import type { NetworkStatusStore } from './networkStatus';
import classes from './NetworkBanner.module.css';

/** Shown while the API or its WebSocket is unreachable; hides itself once both are back. */
export function NetworkBanner({ store }: { store: NetworkStatusStore }) {
  const { offline } = useNetworkStatus(store);
  const { t } = useTranslation();
  if (!offline) return null;
  const message = t('network.offline');
  return (
    <div role="alert" aria-label={message} className={classes.banner}>
      <Loader size={14} color="white" aria-hidden />
      <span>{message}</span>
    </div>
  );
}
