import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WizardService } from '../hooks/useWizardData';

/** `Lesson · Kitesurfing · Private · 2 h · up to 1 person`. */
export function ServiceFacts({ service }: { service: WizardService }) {
  const { t } = useTranslation(['bookingWizard', 'customers']);
  const hours = Math.floor(service.durationMinutes / 60);
  const minutes = service.durationMinutes % 60;
  const parts = [
    t(`bookingWizard:kinds.${service.kind}`),
    service.discipline ? t(`customers:disciplines.${service.discipline}`) : null,
    service.lessonFormat ? t(`bookingWizard:formats.${service.lessonFormat}`) : null,
    hours && minutes
      ? t('bookingWizard:duration.hoursMinutes', { hours, minutes })
      : hours
        ? t('bookingWizard:duration.hours', { count: hours })
        : t('bookingWizard:duration.minutes', { count: minutes }),
    t('bookingWizard:capacity', { count: service.capacity }),
  ].filter(Boolean);
  return (
    <Text fz="sm" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}
