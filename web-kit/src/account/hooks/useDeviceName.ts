import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeUserAgent } from '../userAgent';

/** A session's device in words, in the UI language: "Chrome on Windows", "Windows üzerinde Chrome". */
export function useDeviceName(): (userAgent: string | null | undefined) => string {
  const { t } = useTranslation('account');
  return useCallback(
    (userAgent: string | null | undefined) => {
      const { browser, os } = describeUserAgent(userAgent);
      if (browser && os) return t('device.browserOnOs', { browser, os });
      if (browser) return t('device.browserOnUnknownOs', { browser });
      if (os) return t('device.unknownBrowserOnOs', { os });
      return t('device.unknown');
    },
    [t],
  );
}
