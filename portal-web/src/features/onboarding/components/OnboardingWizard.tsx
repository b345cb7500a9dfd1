import { Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import type { OnboardingQuery, UpdateCustomerInput } from '../../../gql/graphql';
import { useSaveOnboardingStep } from '../hooks/useOnboarding';
import { FORM_STEPS, isOnboardingPending, nextStep, previousStep, type FormStep } from '../steps';
import { EmergencyStep } from './EmergencyStep';
import { FinishScreen } from './FinishScreen';
import { PreferencesStep } from './PreferencesStep';
import { ProfileStep } from './ProfileStep';
import { SkillsStep } from './SkillsStep';

type Me = NonNullable<OnboardingQuery['me']>;

/**
 * The guided onboarding, one step at a time from where the account left it. Each step saves
 * before moving on; Back shows an earlier step with what was saved; "Skip for now" ends it.
 */
export function OnboardingWizard({ me }: { me: Me }) {
  const { t } = useTranslation('onboarding');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { save, finish } = useSaveOnboardingStep();
  // Decided once: the progress saved below must not send the finish screen away.
  const [startedAt] = useState(me.onboardingStep);
  const [current, setCurrent] = useState<FormStep | 'FINISHED'>(
    isOnboardingPending(startedAt) ? startedAt : 'FINISHED',
  );
  const [skipping, setSkipping] = useState(false);

  if (!isOnboardingPending(startedAt)) return <Navigate to="/" replace />;
  if (current === 'FINISHED') return <FinishScreen />;

  const step = current;
  const index = FORM_STEPS.indexOf(step);
  const back = previousStep(step);
  const saved = me.onboardingStep ?? step;

  async function handleSave(input?: UpdateCustomerInput) {
    const next = nextStep(step);
    await save({ customerId: me.customer?.id, input, saved, next });
    setCurrent(next === 'DONE' ? 'FINISHED' : next);
    window.scrollTo({ top: 0 });
  }

  async function handleSkip() {
    setSkipping(true);
    try {
      await finish();
      await navigate('/', { replace: true });
    } catch (caught) {
      setSkipping(false);
      notifications.show({ color: 'red', title: t('skipFailed'), message: errorText(caught) });
    }
  }

  const stepProps = {
    customer: me.customer ?? null,
    onSave: handleSave,
    onBack: back ? () => setCurrent(back) : undefined,
  };

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fz="sm" fw={600} c="dimmed">
            {t('stepOf', { current: index + 1, total: FORM_STEPS.length })}
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => void handleSkip()}
            loading={skipping}
          >
            {t('skip')}
          </Button>
        </Group>
        <Progress
          value={((index + 1) / FORM_STEPS.length) * 100}
          size="sm"
          radius="xl"
          aria-label={t('progressLabel')}
          transitionDuration={200}
        />
      </Stack>
      <div>
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t(`steps.${step}.title`)}
        </Title>
        <Text c="dimmed" mt={4}>
          {t(`steps.${step}.intro`)}
        </Text>
      </div>
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
        {/* A key per step: each form starts from the values saved so far. */}
        {step === 'PROFILE' && <ProfileStep key={step} {...stepProps} />}
        {step === 'SKILLS' && <SkillsStep key={step} {...stepProps} />}
        {step === 'EMERGENCY' && <EmergencyStep key={step} {...stepProps} />}
        {step === 'PREFERENCES' && (
          <PreferencesStep
            key={step}
            {...stepProps}
            accountLocale={me.locale}
            marketingOptIn={me.marketingOptIn}
          />
        )}
      </Paper>
    </Stack>
  );
}
