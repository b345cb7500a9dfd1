import { Button, Group, Paper, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { ErrorAlert } from '@plannivo/web-kit/ui';
import { IconPlus, IconUser } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyMemberFragment } from '../../../gql/graphql';
import { useFieldSubmit } from '../details/useFieldSubmit';
import { textOrNull } from '../details/values';
import { formatLocalDate } from '../format';
import { useAddFamilyMember } from '../hooks/useMyProfile';

const FIELDS = ['name', 'birthDate'] as const;

/**
 * The dependents the person books and signs for (read-only here), and a small form to add
 * one under their own record.
 */
export function FamilySection({
  guardianId,
  members,
}: {
  guardianId: string;
  members: readonly FamilyMemberFragment[];
}) {
  const { t } = useTranslation('profile');
  const language = useCurrentLanguage();
  const titleId = useId();
  const addFamilyMember = useAddFamilyMember();
  const { submit, reset, busy, failure, fieldsRefused, fieldError } = useFieldSubmit(FIELDS);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const today = new Date().toLocaleDateString('sv-SE');

  useEffect(() => {
    if (adding) nameRef.current?.focus();
  }, [adding]);

  function open() {
    reset();
    setName('');
    setBirthDate('');
    setAdding(true);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // An empty name is sent as it is: the API refuses it on its field.
    const added = await submit(async () => {
      await addFamilyMember(guardianId, { name: name.trim(), birthDate: textOrNull(birthDate) });
    });
    if (added) {
      notifications.show({ color: 'teal', message: t('family.added', { name: name.trim() }) });
      setAdding(false);
    }
  }

  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="lg" p="md">
      <Stack gap="md">
        <div>
          <Title id={titleId} order={2} fz="h4">
            {t('family.title')}
          </Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('family.intro')}
          </Text>
        </div>
        {members.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('family.none')}
          </Text>
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {members.map((member) => (
              <Group component="li" key={member.id} gap="sm" wrap="nowrap">
                <ThemeIcon size={36} radius="xl" variant="light" aria-hidden>
                  <IconUser size={20} />
                </ThemeIcon>
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {member.name}
                  </Text>
                  {member.birthDate && (
                    <Text fz="sm" c="dimmed">
                      {t('family.born', { date: formatLocalDate(member.birthDate, language) })}
                    </Text>
                  )}
                </div>
              </Group>
            ))}
          </Stack>
        )}
        {adding ? (
          <form onSubmit={(event) => void handleSubmit(event)} noValidate>
            <Stack gap="md">
              <TextInput
                ref={nameRef}
                label={t('family.name')}
                name="dependentName"
                autoComplete="off"
                autoCapitalize="words"
                size="md"
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={fieldError('name')}
              />
              <TextInput
                label={t('family.birthDate')}
                type="date"
                name="dependentBirthDate"
                autoComplete="off"
                size="md"
                max={today}
                value={birthDate}
                onChange={(event) => setBirthDate(event.currentTarget.value)}
                error={fieldError('birthDate')}
              />
              {failure !== undefined && (
                <ErrorAlert
                  error={failure}
                  title={t('family.addFailed')}
                  message={fieldsRefused ? t('fieldsRejected') : undefined}
                />
              )}
              <Group grow gap="sm" wrap="nowrap">
                <Button
                  variant="default"
                  size="md"
                  onClick={() => setAdding(false)}
                  disabled={busy}
                >
                  {t('cancel')}
                </Button>
                <Button type="submit" size="md" loading={busy}>
                  {t('family.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Button
            variant="light"
            size="md"
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={open}
          >
            {t('family.add')}
          </Button>
        )}
        {members.length > 0 && (
          <Text fz="xs" c="dimmed">
            {t('family.later')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
