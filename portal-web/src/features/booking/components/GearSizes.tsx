import { NativeSelect, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GearChoice } from '../lib/flow';
import { positive, sizedCategories } from '../lib/sizing';
import type { BookPerson } from './PeoplePicker';
import { SizeSuggestions } from './SizeSuggestions';

const ANY = '';
const OWN = '__own__';

/**
 * Step 4, optional: a size for each piece of the service's gear per person, or their own. For
 * a rental (`sizing`), each person also gets size suggestions from their weight and height
 * (and the wind, for a kite) with a button that chooses the nearest size free then.
 */
export function GearSizes({
  people,
  choices,
  sizes,
  categoryLabel,
  sizing = null,
  onChange,
}: {
  people: readonly BookPerson[];
  choices: readonly GearChoice[];
  /** Sizes the location stocks, by category. */
  sizes: ReadonlyMap<string, readonly string[]>;
  categoryLabel: (category: string) => string;
  /** Where and when a rental's gear is wanted: suggestions are shown then. */
  sizing?: { locationId: string; startsAt: string; endsAt: string } | null;
  onChange: (choices: GearChoice[]) => void;
}) {
  const { t } = useTranslation('booking');
  const [wind, setWind] = useState<number | string>('');
  const sized = sizing ? sizedCategories(choices.map((g) => g.category)) : [];
  const choose = (customerId: string, category: string, size: string) =>
    onChange(
      choices.map((g) =>
        g.customerId === customerId && g.category === category ? { ...g, own: false, size } : g,
      ),
    );
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
      {sized.includes('KITE') && (
        <NumberInput
          label={t('sizing.wind')}
          description={t('sizing.windHelp')}
          value={wind}
          onChange={setWind}
          min={0}
          max={80}
          allowDecimal={false}
          inputMode="numeric"
        />
      )}
      {people.map((person) => (
        <Stack key={person.id} gap="xs" component="section" aria-label={person.name}>
          <Title order={3} fz="h5">
            {person.name}
          </Title>
          {sizing && sized.length > 0 && (
            <SizeSuggestions
              person={person}
              locationId={sizing.locationId}
              categories={sized}
              windKnots={wind === '' ? null : (positive(wind) ?? 0)}
              startsAt={sizing.startsAt}
              endsAt={sizing.endsAt}
              chosen={
                new Map(
                  choices
                    .filter((g) => g.customerId === person.id && !g.own)
                    .map((g) => [g.category, g.size]),
                )
              }
              categoryLabel={categoryLabel}
              onChoose={(category, size) => choose(person.id, category, size)}
            />
          )}
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
