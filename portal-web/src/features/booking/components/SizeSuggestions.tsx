import { useQuery } from '@apollo/client/react';
import { Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCheck, IconRuler2 } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BookSizingDocument } from '../../../gql/graphql';
import { formatRange, formatSize, positive, sizeToChoose, type SizingAnswer } from '../lib/sizing';
import type { BookPerson } from './PeoplePicker';

/**
 * One person's size suggestions on a rental's gear screen: their weight and height (from
 * their record, editable here), the API's suggestion per sized category ("Suggested kite:
 * 9 m (8–10 m)") with its reason, and a button that chooses the nearest size free then.
 */
export function SizeSuggestions({
  person,
  locationId,
  categories,
  windKnots,
  startsAt,
  endsAt,
  chosen,
  categoryLabel,
  onChoose,
}: {
  person: BookPerson;
  locationId: string;
  categories: readonly string[];
  windKnots: number | null;
  startsAt: string;
  endsAt: string;
  /** The size chosen now, by category. */
  chosen: ReadonlyMap<string, string | null>;
  categoryLabel: (category: string) => string;
  onChoose: (category: string, size: string) => void;
}) {
  const { t, i18n } = useTranslation('booking');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [weight, setWeight] = useState<number | string>(person.weightKg ?? '');
  const [height, setHeight] = useState<number | string>(person.heightCm ?? '');
  const input = {
    locationId,
    categories: [...categories],
    weightKg: positive(weight),
    heightCm: positive(height),
    windKnots,
    startsAt,
    endsAt,
  };
  // Debounced as text: one request once typing stops.
  const [key] = useDebouncedValue(JSON.stringify(input), 400);
  const asked = useMemo(() => JSON.parse(key) as typeof input, [key]);
  const result = useQuery(BookSizingDocument, { variables: { input: asked } });
  const answers = result.data?.sizingSuggestions ?? [];

  return (
    <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-gray-0)">
      <Stack gap="xs">
        <Group gap={6} wrap="nowrap">
          <IconRuler2 size={16} aria-hidden />
          <Text fw={600} fz="sm">
            {t('sizing.title')}
          </Text>
        </Group>
        <Group gap="xs" grow>
          <NumberInput
            label={t('sizing.weight')}
            value={weight}
            onChange={setWeight}
            min={10}
            max={250}
            decimalScale={1}
            size="sm"
            inputMode="decimal"
          />
          <NumberInput
            label={t('sizing.height')}
            value={height}
            onChange={setHeight}
            min={50}
            max={250}
            allowDecimal={false}
            size="sm"
            inputMode="numeric"
          />
        </Group>
        {answers.map((answer) => {
          const pick = sizeToChoose(answer);
          const category = categoryLabel(answer.category).toLocaleLowerCase(language);
          const isChosen = pick !== null && chosen.get(answer.category) === pick;
          return (
            <Stack key={answer.category} gap={2}>
              <Text fz="sm" fw={600}>
                {!answer.size
                  ? t('sizing.none', { label: categoryLabel(answer.category) })
                  : answer.rangeFrom && answer.rangeTo && answer.rangeFrom !== answer.rangeTo
                    ? t('sizing.suggestion', {
                        category,
                        size: formatSize(answer.size, language),
                        range: formatRange(answer.rangeFrom, answer.rangeTo, language),
                      })
                    : t('sizing.suggestionSingle', {
                        category,
                        size: formatSize(answer.size, language),
                      })}
              </Text>
              <Text fz="xs" c="dimmed">
                {reasonText(t, answer, asked, language)}
              </Text>
              {pick ? (
                <Button
                  size="compact-sm"
                  variant={isChosen ? 'subtle' : 'light'}
                  leftSection={isChosen ? <IconCheck size={14} /> : undefined}
                  disabled={isChosen}
                  onClick={() => onChoose(answer.category, pick)}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {isChosen
                    ? t('sizing.chosen', { size: formatSize(pick, language) })
                    : t('sizing.choose', { size: formatSize(pick, language), category })}
                </Button>
              ) : (
                answer.size && (
                  <Text fz="xs" c="orange.8">
                    {t('sizing.noneFree', { category })}
                  </Text>
                )
              )}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}

type T = ReturnType<typeof useTranslation<'booking'>>['t'];

/** Why this size, in the user's language, with the numbers the rule used. */
function reasonText(
  t: T,
  answer: SizingAnswer,
  body: { weightKg: number | null; heightCm: number | null; windKnots: number | null },
  language: string,
): string {
  const r = answer.reason;
  const n = (value: number | null | undefined) =>
    value == null
      ? ''
      : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  switch (r.code) {
    case 'KITE_RULE':
    case 'KITE_SMALLEST':
    case 'KITE_LARGEST':
      return t(`sizing.reasons.${r.code}`, {
        weight: n(body.weightKg),
        wind: n(body.windKnots),
        exact: n(r.exactSize),
      });
    case 'WIND_TOO_LIGHT':
    case 'WIND_TOO_STRONG':
      return t(`sizing.reasons.${r.code}`, { limit: n(r.windLimitKnots) });
    case 'BOARD_WEIGHT':
      return t('sizing.reasons.BOARD_WEIGHT', {
        weight: n(body.weightKg),
        range: formatRange(answer.rangeFrom ?? '', answer.rangeTo ?? '', language),
      });
    case 'WETSUIT_CHART':
    case 'WETSUIT_BETWEEN':
    case 'WETSUIT_HEIGHT_ONLY':
    case 'WETSUIT_WEIGHT_ONLY':
      return t(`sizing.reasons.${r.code}`, {
        height: n(body.heightCm),
        weight: n(body.weightKg),
        heightSize: r.heightSize ?? '',
        weightSize: r.weightSize ?? '',
      });
    case 'NEEDS_WEIGHT':
    case 'NEEDS_WIND':
    case 'NEEDS_BODY':
    case 'NO_RULE':
      return t(`sizing.reasons.${r.code}`);
  }
}
