import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ErrorAlert } from '@plannivo/web-kit/ui';
import { IconCheck, IconRuler2 } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WizardSizingDocument } from '../../../gql/graphql';
import type { ChosenSlot, GearNeed, PickedCustomer } from '../lib/draft';
import { bestPick, formatRange, formatSize, measure, type SizingAnswer } from '../lib/sizingPanel';
import { useCategoryLabel } from './useCategoryLabel';

interface Measures {
  weight: number | string;
  height: number | string;
}

/**
 * The sizing panel of the equipment step: a rider's weight and height (from their record, and
 * editable) and the wind, and for each sized category the API's suggestion ("Suggested kite:
 * 9 m (8–10 m)"), why, the stocked sizes nearest first with how many are free at the chosen
 * time, and a button that puts the nearest free size on the rider's gear line.
 */
export function SizingPanel({
  locationId,
  categories,
  customers,
  slot,
  gear,
  onPick,
}: {
  locationId: string;
  categories: readonly string[];
  customers: readonly PickedCustomer[];
  slot: ChosenSlot | null;
  gear: readonly GearNeed[];
  onPick: (pick: { category: string; size: string; customerId: string | null }) => void;
}) {
  const { t, i18n } = useTranslation('bookingWizard');
  const titleId = useId();
  const [riderId, setRiderId] = useState<string | null>(customers[0]?.id ?? null);
  const rider = customers.find((c) => c.id === riderId) ?? customers[0] ?? null;
  const [edited, setEdited] = useState<Record<string, Measures>>({});
  const [wind, setWind] = useState<number | string>('');
  const measures: Measures = (rider && edited[rider.id]) ?? {
    weight: rider?.weightKg ?? '',
    height: rider?.heightCm ?? '',
  };
  const setMeasure = (change: Partial<Measures>) =>
    rider && setEdited((all) => ({ ...all, [rider.id]: { ...measures, ...change } }));

  const input = {
    locationId,
    categories: [...categories],
    weightKg: measure(measures.weight),
    heightCm: measure(measures.height),
    windKnots: wind === '' ? null : Number(wind),
    ...(slot ? { startsAt: slot.startsAt, endsAt: slot.endsAt } : {}),
  };
  // Typing "72" asks once, not for "7" and then "72" (debounced as text: a new object each
  // render would restart the timer forever).
  const [askedKey] = useDebouncedValue(JSON.stringify(input), 300);
  const asked = useMemo(() => JSON.parse(askedKey) as typeof input, [askedKey]);
  const result = useQuery(WizardSizingDocument, {
    variables: { input: asked },
    fetchPolicy: 'cache-and-network',
  });
  const answers = result.data?.sizingSuggestions ?? [];

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group gap="xs">
          <IconRuler2 size={18} aria-hidden />
          <Title order={3} fz="h5" id={titleId}>
            {t('sizing.title')}
          </Title>
        </Group>
        <Text fz="sm" c="dimmed">
          {t('sizing.intro')}
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          {customers.length > 1 && (
            <Select
              label={t('sizing.rider')}
              data={customers.map((c) => ({ value: c.id, label: c.name }))}
              value={rider?.id ?? null}
              onChange={setRiderId}
              allowDeselect={false}
              w={220}
            />
          )}
          <NumberInput
            label={t('sizing.weight')}
            value={measures.weight}
            onChange={(weight) => setMeasure({ weight })}
            min={10}
            max={250}
            decimalScale={1}
            w={140}
          />
          <NumberInput
            label={t('sizing.height')}
            value={measures.height}
            onChange={(height) => setMeasure({ height })}
            min={50}
            max={250}
            allowDecimal={false}
            w={140}
          />
          {categories.includes('KITE') && (
            <NumberInput
              label={t('sizing.wind')}
              value={wind}
              onChange={setWind}
              min={0}
              max={80}
              allowDecimal={false}
              w={140}
            />
          )}
          {result.loading && <Loader size="sm" mb={8} aria-label={t('sizing.loading')} />}
        </Group>
        {result.error && !result.data && (
          <ErrorAlert error={result.error} title={t('sizing.failed')} />
        )}
        {answers.map((answer) => (
          <SizingLine
            key={answer.category}
            answer={answer}
            language={i18n.resolvedLanguage ?? i18n.language}
            body={{ weight: asked.weightKg, height: asked.heightCm, wind: asked.windKnots }}
            timed={Boolean(slot)}
            taken={gear.some(
              (g) =>
                g.category === answer.category &&
                g.size === bestPick(answer)?.size &&
                (g.customerId ?? null) === (rider?.id ?? null),
            )}
            onPick={(size) =>
              onPick({ category: answer.category, size, customerId: rider?.id ?? null })
            }
          />
        ))}
      </Stack>
    </Paper>
  );
}

function SizingLine({
  answer,
  language,
  body,
  timed,
  taken,
  onPick,
}: {
  answer: SizingAnswer;
  language: string;
  body: { weight: number | null; height: number | null; wind: number | null };
  timed: boolean;
  taken: boolean;
  onPick: (size: string) => void;
}) {
  const { t } = useTranslation('bookingWizard');
  const label = useCategoryLabel();
  const category = label(answer.category).toLocaleLowerCase(language);
  const pick = bestPick(answer);
  const count = pick ? (pick.free ?? pick.total) : 0;
  return (
    <Stack gap={4} aria-label={label(answer.category)} role="group">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text fw={600}>
          {!answer.size
            ? t('sizing.noSuggestion', { label: label(answer.category) })
            : answer.rangeFrom && answer.rangeTo && answer.rangeFrom !== answer.rangeTo
              ? t('sizing.suggestion', {
                  category,
                  size: formatSize(answer.size, language),
                  range: formatRange(answer.rangeFrom, answer.rangeTo, language),
                })
              : t('sizing.suggestionSingle', { category, size: formatSize(answer.size, language) })}
        </Text>
        {pick && (
          <Button
            size="xs"
            variant={taken ? 'subtle' : 'light'}
            leftSection={taken ? <IconCheck size={14} /> : undefined}
            disabled={taken}
            onClick={() => onPick(pick.size)}
          >
            {taken
              ? t('sizing.taken', { size: formatSize(pick.size, language), category })
              : t(timed ? 'sizing.pickFree' : 'sizing.pickStock', {
                  size: formatSize(pick.size, language),
                  category,
                  count,
                })}
          </Button>
        )}
      </Group>
      <Text fz="sm" c="dimmed">
        {reasonText(t, answer, body, language)}
      </Text>
      {answer.size && !pick && (
        <Text fz="sm" c="orange.8">
          {t(timed ? 'sizing.noneFree' : 'sizing.noneStocked', { category })}
        </Text>
      )}
      {answer.size && answer.stock.length > 0 && (
        <Group gap={4} aria-label={t('sizing.stockLabel', { category })}>
          {answer.stock.slice(0, 8).map((s) => (
            <Badge
              key={s.size}
              variant={s.suggested ? 'filled' : s.inRange ? 'light' : 'outline'}
              color={s.free === 0 ? 'gray' : 'blue'}
              tt="none"
            >
              {s.free === null || s.free === undefined
                ? t('sizing.stockCount', { size: formatSize(s.size, language), count: s.total })
                : t('sizing.freeCount', { size: formatSize(s.size, language), count: s.free })}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}

type T = ReturnType<typeof useTranslation<'bookingWizard'>>['t'];

/** Why the API suggested what it did, in the user's language, with the numbers it used. */
function reasonText(
  t: T,
  answer: SizingAnswer,
  body: { weight: number | null; height: number | null; wind: number | null },
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
        weight: n(body.weight),
        wind: n(body.wind),
        exact: n(r.exactSize),
      });
    case 'WIND_TOO_LIGHT':
    case 'WIND_TOO_STRONG':
      return t(`sizing.reasons.${r.code}`, { limit: n(r.windLimitKnots) });
    case 'BOARD_WEIGHT':
      return t('sizing.reasons.BOARD_WEIGHT', {
        weight: n(body.weight),
        band:
          r.bandMinKg == null
            ? t('sizing.bands.below', { max: n(r.bandMaxKg) })
            : r.bandMaxKg == null
              ? t('sizing.bands.above', { min: n(r.bandMinKg) })
              : t('sizing.bands.between', { min: n(r.bandMinKg), max: n(r.bandMaxKg) }),
      });
    case 'WETSUIT_CHART':
      return t('sizing.reasons.WETSUIT_CHART', {
        height: n(body.height),
        weight: n(body.weight),
        size: answer.size ?? '',
      });
    case 'WETSUIT_BETWEEN':
      return t(
        answer.size === r.heightSize
          ? 'sizing.reasons.WETSUIT_BETWEEN_SLIM'
          : 'sizing.reasons.WETSUIT_BETWEEN_BROAD',
        { heightSize: r.heightSize ?? '', weightSize: r.weightSize ?? '', bmi: n(r.bmi) },
      );
    case 'WETSUIT_HEIGHT_ONLY':
      return t('sizing.reasons.WETSUIT_HEIGHT_ONLY', { height: n(body.height) });
    case 'WETSUIT_WEIGHT_ONLY':
      return t('sizing.reasons.WETSUIT_WEIGHT_ONLY', { weight: n(body.weight) });
    case 'NEEDS_WEIGHT':
    case 'NEEDS_WIND':
    case 'NEEDS_BODY':
    case 'NO_RULE':
      return t(`sizing.reasons.${r.code}`);
  }
}
