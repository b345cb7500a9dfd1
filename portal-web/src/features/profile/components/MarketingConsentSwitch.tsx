import { Alert, Skeleton, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { useMarketingConsent, useSetMarketingConsent } from '../hooks/useMarketingConsent';

/** The one consent people can change at will: news and offers by e-mail, saved on change. */
export function MarketingConsentSwitch() {
  const { t } = useTranslation('profile');
  const errorText = useErrorText();
  const { optIn, userId, loading, error } = useMarketingConsent();
  const { setMarketingConsent } = useSetMarketingConsent();

  async function handleChange(checked: boolean) {
    try {
      await setMarketingConsent(checked, userId);
      notifications.show({
        color: 'teal',
        message: checked ? t('marketing.savedOn') : t('marketing.savedOff'),
      });
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: t('marketing.saveFailed'),
        message: errorText(caught),
      });
    }
  }

  if (error) {
    return (
      <Alert color="red" variant="light">
        {errorText(error)}
      </Alert>
    );
  }
  if (loading) return <Skeleton height={44} radius="md" />;
  return (
    <Switch
      size="md"
      checked={optIn ?? false}
      onChange={(event) => void handleChange(event.currentTarget.checked)}
      label={t('marketing.label')}
      description={t('marketing.description')}
    />
  );
}
