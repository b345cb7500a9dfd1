import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GearChoice } from '../lib/flow';
import type { BookPerson } from './PeoplePicker';

const ANY = '';
const OWN = '__own__';

/** Step 4, optional: a size for each piece of the service's gear per person, or their own. */
export function GearSizes({
  people,
  choices,
  sizes,
  categoryLabel,
  onChange,
}: {
  people: readonly BookPerson[];
  choices: readonly GearChoice[];
  /** Sizes the location stocks, by category. */
  sizes: ReadonlyMap<string, readonly string[]>;
  categoryLabel: (category: string) => string;
  onChange: (choices: GearChoice[]) => void;
}) {
  const { t } = useTranslation('booking');
  const set = (index: number, value: string) =>
    onChange(
      choices.map((g, i) =>
        i === index
          ? { ...g, own: value === OWN, size: value === OWN || value === ANY ? null : value }
          : g,
      ),
    );
  return (
    <Stack gap="lg">
      <Text c="dimmed" fz="sm">
        {t('gear.help')}
      </Text>
      {people.map((person) => (
        <Stack key={person.id} gap="xs" component="section" aria-label={person.name}>
          <Title order={3} fz="h5">
            {person.name}
          </Title>
          {choices.map((g, index) =>
            g.customerId === person.id ? (
              <NativeSelect
                key={g.category}
                label={t('gear.sizeOf', { category: categoryLabel(g.category), name: person.name })}
                value={g.own ? OWN : (g.size ?? ANY)}
                onChange={(e) => set(index, e.currentTarget.value)}
                data={[
                  { value: ANY, label: t('gear.any') },
                  ...(sizes.get(g.category) ?? []).map((s) => ({ value: s, label: s })),
                  { value: OWN, label: t('gear.own') },
                ]}
              />
            ) : null,
          )}
        </Stack>
      ))}
    </Stack>
  );
}
