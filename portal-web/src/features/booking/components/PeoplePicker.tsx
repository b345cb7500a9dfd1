import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface BookPerson {
  id: string;
  name: string;
  self: boolean;
  /** From their record, for a size suggestion. */
  weightKg?: number | null;
  heightCm?: number | null;
}

/** Step 3: who comes — the caller and the family members they manage, within the places. */
export function PeoplePicker({
  people,
  chosen,
  limit,
  onChange,
}: {
  people: readonly BookPerson[];
  chosen: readonly string[];
  limit: number;
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation('booking');
  if (!people.length) return <Alert color="yellow">{t('who.noRecord')}</Alert>;
  return (
    <Stack gap="sm">
      <Checkbox.Group
        label={t('who.label')}
        description={t('who.help', { count: limit })}
        value={[...chosen]}
        onChange={(ids) => onChange(people.filter((p) => ids.includes(p.id)).map((p) => p.id))}
      >
        <Stack gap="sm" mt="sm">
          {people.map((person) => (
            <Checkbox
              key={person.id}
              value={person.id}
              size="md"
              label={person.self ? t('who.me', { name: person.name }) : person.name}
              disabled={!chosen.includes(person.id) && chosen.length >= limit}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {chosen.length > limit && (
        <Text c="red" fz="sm" role="alert">
          {t('who.tooMany', { count: limit })}
        </Text>
      )}
    </Stack>
  );
}
