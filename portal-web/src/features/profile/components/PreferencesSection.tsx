import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { LanguageSwitcher } from '@plannivo/web-kit/locale';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MarketingConsentSwitch } from './MarketingConsentSwitch';

/**
 * The app's language and marketing e-mails. Unlike the other sections these save on the
 * tap, with no Edit step: a language shows at once (the switcher also stores it on the
 * account), and the e-mail switch confirms what it recorded.
 */
export function PreferencesSection() {
  const { t } = useTranslation('profile');
  const titleId = useId();
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="lg" p="md">
      <Stack gap="md">
        <Title id={titleId} order={2} fz="h4">
          {t('sections.preferences.title')}
        </Title>
        <Stack gap="xs">
          <Text fw={600}>{t('language')}</Text>
          <Text fz="sm" c="dimmed">
            {t('languageHint')}
          </Text>
          <LanguageSwitcher size="lg" fullWidth showNames />
        </Stack>
        <Divider />
        <Stack gap="xs">
          <Text fw={600}>{t('marketing.title')}</Text>
          <MarketingConsentSwitch />
        </Stack>
      </Stack>
    </Paper>
  );
}
