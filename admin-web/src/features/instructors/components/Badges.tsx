import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import { expiryBadge, expiryCounts, type CertificationExpiry } from '../certifications';
import { languageName } from '../labels';

/** The languages an instructor teaches in, named in the UI language. */
export function LanguageList({ languages }: { languages: readonly string[] }) {
  const { t } = useTranslation('instructors');
  const language = useCurrentLanguage();
  if (languages.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {t('noLanguages')}
      </Text>
    );
  }
  return (
    <Text fz="sm" title={languages.map((code) => code.toUpperCase()).join(', ')}>
      {languages.map((code) => languageName(code, language)).join(', ')}
    </Text>
  );
}

/** A certification's expiry: "expires in 30 days" (yellow when soon), "expired 3 days ago". */
export function ExpiryBadge({ certification }: { certification: CertificationExpiry }) {
  const { t } = useTranslation('instructors');
  const badge = expiryBadge(certification);
  if (!badge) {
    return (
      <Badge variant="default" radius="sm" tt="none" fw={500}>
        {t('certifications.noExpiry')}
      </Badge>
    );
  }
  const [color, label] =
    badge.kind === 'expired'
      ? (['red', t('certifications.expired', { count: badge.days })] as const)
      : badge.kind === 'expiresToday'
        ? (['orange', t('certifications.expiresToday')] as const)
        : ([
            badge.soon ? 'yellow' : 'teal',
            t('certifications.expiresIn', { count: badge.days }),
          ] as const);
  return (
    <Badge color={color} variant="light" radius="sm" tt="none" fw={600}>
      {label}
    </Badge>
  );
}

/**
 * The list's certification column: a badge when some expire soon or have expired, else how
 * many there are.
 */
export function CertificationSummary({
  certifications,
}: {
  certifications: readonly (CertificationExpiry & { name: string })[];
}) {
  const { t } = useTranslation('instructors');
  const { expiringSoon, expired } = expiryCounts(certifications);
  if (certifications.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {t('certifications.none')}
      </Text>
    );
  }
  const names = certifications.map((c) => c.name).join(', ');
  return (
    <Tooltip label={names} withArrow multiline maw={280}>
      <Group gap={4}>
        {expired > 0 && (
          <Badge color="red" variant="light" radius="sm" tt="none" fw={600}>
            {t('certifications.expiredCount', { count: expired })}
          </Badge>
        )}
        {expiringSoon > 0 && (
          <Badge color="yellow" variant="light" radius="sm" tt="none" fw={600}>
            {t('certifications.expiringSoonCount', { count: expiringSoon })}
          </Badge>
        )}
        {expired === 0 && expiringSoon === 0 && (
          <Text fz="sm">{t('certifications.count', { count: certifications.length })}</Text>
        )}
      </Group>
    </Tooltip>
  );
}

/** Active or not. */
export function StatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation('instructors');
  return (
    <Badge
      color={active ? 'teal' : 'gray'}
      variant={active ? 'light' : 'outline'}
      radius="sm"
      tt="none"
      fw={600}
    >
      {active ? t('status.active') : t('status.inactive')}
    </Badge>
  );
}
