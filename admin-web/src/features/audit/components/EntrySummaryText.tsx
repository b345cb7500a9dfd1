import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { summarize } from '../display';

const KNOWN_FIELDS = ['name', 'timezone'] as const;
type KnownField = (typeof KNOWN_FIELDS)[number];
const isKnownField = (field: string): field is KnownField =>
  (KNOWN_FIELDS as readonly string[]).includes(field);

/** The detail of an entry worth a glance: the email tried, or what changed. */
export function EntrySummaryText({ data }: { data: unknown }) {
  const { t } = useTranslation('audit');
  const summary = summarize(data);
  if (!summary) return null;
  const text =
    summary.kind === 'email'
      ? t('summary.email', { email: summary.email })
      : summary.changes
          .map(
            ({ field, value }) =>
              `${isKnownField(field) ? t(`summary.fields.${field}`) : field}: ${value}`,
          )
          .join(' · ');
  return (
    <Text fz="xs" c="dimmed" truncate="end" title={text} maw="100%">
      {text}
    </Text>
  );
}
