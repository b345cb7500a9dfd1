import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarInstructorMatchesDocument, type Discipline } from '../../../gql/graphql';
import { teachReasonText } from '../refusals';

/** The Select's value for "nobody": an option value cannot be null. */
const NOBODY = '__nobody__';

/**
 * Another instructor for a lesson: everyone at the location, those who cannot take it
 * disabled with the reasons ("not certified for kite, not working then"), as the API's
 * instructorMatches says for the lesson's time and participants.
 */
export function ReassignForm({
  booking,
  busy,
  onReassign,
}: {
  booking: {
    id: string;
    startsAt: string;
    service: { id: string; discipline: Discipline | null };
    instructor: { id: string; name: string } | null;
    customers: readonly { id: string }[];
  };
  busy: boolean;
  onReassign: (instructor: { id: string; name: string } | null) => Promise<boolean>;
}) {
  const { t } = useTranslation('calendar');
  const language = useCurrentLanguage();
  const currentId = booking.instructor?.id ?? NOBODY;
  const [choice, setChoice] = useState<string>(currentId);
  const { data, loading } = useQuery(CalendarInstructorMatchesDocument, {
    variables: {
      serviceId: booking.service.id,
      startsAt: booking.startsAt,
      customerIds: booking.customers.map((c) => c.id),
      bookingId: booking.id,
    },
    fetchPolicy: 'network-only',
  });
  const list = new Intl.ListFormat(language, { type: 'unit', style: 'narrow' });
  const options = [
    ...(data?.instructorMatches ?? []).map((match) => {
      const current = match.instructor.id === booking.instructor?.id;
      // Asked with the booking's id, the lesson does not keep its own instructor busy.
      const reasons = match.reasons;
      const why = reasons.map((r) => teachReasonText(r, booking.service.discipline, t));
      return {
        value: match.instructor.id,
        label: [
          match.instructor.name,
          current ? ` (${t('drawer.current')})` : '',
          why.length ? ` — ${list.format(why)}` : '',
        ].join(''),
        disabled: !match.eligible,
      };
    }),
    { value: NOBODY, label: t('drawer.unassign'), disabled: false },
  ];
  // The current instructor may no longer be listed at the location: keep them choosable.
  if (booking.instructor && !options.some((o) => o.value === booking.instructor?.id)) {
    options.unshift({
      value: booking.instructor.id,
      label: `${booking.instructor.name} (${t('drawer.current')})`,
      disabled: false,
    });
  }
  const chosen = options.find((o) => o.value === choice);

  return (
    <Stack gap={6}>
      <Select
        label={t('drawer.reassignLabel')}
        description={loading ? t('drawer.reassignLoading') : t('drawer.reassignHelp')}
        data={options}
        value={choice}
        onChange={(value) => value && setChoice(value)}
        allowDeselect={false}
        disabled={loading && !data}
        comboboxProps={{ withinPortal: true }}
      />
      <Group justify="flex-end">
        <Button
          variant="light"
          loading={busy}
          disabled={choice === currentId || !chosen || chosen.disabled}
          onClick={() => {
            const match = data?.instructorMatches.find((m) => m.instructor.id === choice);
            void onReassign(
              choice === NOBODY
                ? null
                : { id: choice, name: match?.instructor.name ?? chosen?.label ?? '' },
            );
          }}
        >
          {t('drawer.reassign')}
        </Button>
      </Group>
      {!loading && !data && (
        <Text fz="xs" c="dimmed">
          {t('drawer.reassignHelp')}
        </Text>
      )}
    </Stack>
  );
}
