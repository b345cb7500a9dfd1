import { Checkbox, SegmentedControl, Stack, Text } from '@mantine/core';
import { LANGUAGES, type Language } from '@plannivo/web-kit/i18n';
import { useChangeLanguage, useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldSubmit, useSetMarketingConsent } from '../../profile';
import { StepForm } from './StepForm';
import type { StepProps } from './stepProps';

const NO_FIELDS = [] as const;

/**
 * The app's language (switches at once and is stored on the account) and marketing e-mails
 * (saved with the step, only when changed: opting in records a consent).
 */
export function PreferencesStep({
  onSave,
  onBack,
  accountLocale,
  marketingOptIn,
}: StepProps & { accountLocale: string; marketingOptIn: boolean }) {
  const { t } = useTranslation('onboarding');
  const { t: tc } = useTranslation();
  const language = useCurrentLanguage();
  const changeLanguage = useChangeLanguage();
  const { setMarketingConsent } = useSetMarketingConsent();
  const languageLabelId = useId();
  const { submit, busy, failure } = useFieldSubmit(NO_FIELDS);
  const [marketing, setMarketing] = useState(marketingOptIn);

  const handleSubmit = () =>
    submit(async () => {
      // The language shown may differ from the account's (picked before signing in).
      if (accountLocale !== language) await changeLanguage(language);
      if (marketing !== marketingOptIn) await setMarketingConsent(marketing);
      await onSave();
    });

  return (
    <StepForm
      onSubmit={handleSubmit}
      onBack={onBack}
      busy={busy}
      failure={failure}
      fieldsRefused={false}
      last
    >
      <Stack gap={4}>
        <Text id={languageLabelId} fz="sm" fw={500}>
          {t('preferences.language')}
        </Text>
        <SegmentedControl
          role="radiogroup"
          aria-labelledby={languageLabelId}
          fullWidth
          size="md"
          value={language}
          onChange={(value) => void changeLanguage(value as Language)}
          data={LANGUAGES.map((value) => ({ value, label: tc(`language.${value}`) }))}
        />
        <Text fz="xs" c="dimmed">
          {t('preferences.languageHint')}
        </Text>
      </Stack>
      <Checkbox
        size="md"
        checked={marketing}
        onChange={(event) => setMarketing(event.currentTarget.checked)}
        label={t('preferences.marketing')}
        description={t('preferences.marketingHint')}
      />
    </StepForm>
  );
}
