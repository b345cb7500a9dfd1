import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isKnownField, type KnownField } from '../lib/fieldNames';

export interface FieldProblem {
  field: string;
  /** The API's own words (English): shown after the translated field name. */
  reason: string;
}

/** The fields of this step the API refused, each named in the UI language. */
export function FieldProblems({ problems }: { problems: FieldProblem[] }) {
  const { t } = useTranslation('bookingWizard');
  if (!problems.length) return null;
  const name = (field: string) =>
    isKnownField(field) ? t(`fields.${field satisfies KnownField}`) : field;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      role="alert"
      title={t('problems.refused')}
    >
      <List size="sm">
        {problems.map((p) => (
          <List.Item key={p.field}>
            {t('problems.field', { field: name(p.field), reason: p.reason })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
