import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EquipmentItemPageQuery, EquipmentUseKind } from '../../../gql/graphql';
import { formatZonedRange } from '../lib/wallClock';

type Use = NonNullable<NonNullable<EquipmentItemPageQuery['equipmentItem']>['schedule']>[number];

const KIND_COLORS: Record<EquipmentUseKind, string> = {
  BOOKING: 'blue',
  RENTAL: 'indigo',
  MAINTENANCE: 'orange',
};

/** What holds the item in the next 14 days, by start, on the location's clock. */
export function EquipmentSchedule({ uses, timeZone }: { uses: readonly Use[]; timeZone: string }) {
  const { t } = useTranslation('equipment');
  const language = useCurrentLanguage();
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="equipment-schedule">
      <Title order={2} fz="md" mb="sm" id="equipment-schedule">
        {t('schedule.title')}
      </Title>
      {uses.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('schedule.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {uses.map((use, i) => (
            <Group component="li" key={i} gap="sm" wrap="nowrap" align="flex-start">
              <Badge variant="light" color={KIND_COLORS[use.kind]} radius="sm" miw={104}>
                {t(`schedule.kinds.${use.kind}`)}
              </Badge>
              <Stack gap={2} miw={0}>
                <Text fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatZonedRange(use.startsAt, use.endsAt, timeZone, language)}
                </Text>
                <Text fz="xs" c="dimmed">
                  {use.kind === 'BOOKING' &&
                    (use.booking ? (
                      <Anchor component={Link} to={`/bookings/${use.booking.id}`} fz="xs">
                        {use.booking.service.name}
                      </Anchor>
                    ) : (
                      t('schedule.someoneElse')
                    ))}
                  {use.kind === 'RENTAL' &&
                    use.rentalNumber !== null &&
                    use.rentalNumber !== undefined &&
                    t('schedule.rentalNumber', { number: use.rentalNumber })}
                  {use.kind === 'MAINTENANCE' && use.reason}
                </Text>
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
