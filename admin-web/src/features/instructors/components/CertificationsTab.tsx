import {
  ActionIcon,
  Alert,
  Button,
  EmptyState,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import {
  IconAlertCircle,
  IconCertificate,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Discipline,
  InstructorCertificationFieldsFragment,
  InstructorFieldsFragment,
} from '../../../gql/graphql';
import { formatDate } from '../../../shared/lib/dates';
import { AppModal } from '../../../shared/ui/AppModal';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { dataTableStyles } from '../../../shared/ui/tableStyles';
import {
  certificationDraftOf,
  certificationInput,
  certificationTitle,
  emptyCertification,
  type CertificationDraft,
} from '../certifications';
import { refusedFields, type InstructorField } from '../fieldErrors';
import { useCertificationMutations } from '../hooks/useInstructorMutations';
import { DISCIPLINES } from '../labels';
import { ExpiryBadge } from './Badges';
import { Section } from './Section';

type Cert = InstructorCertificationFieldsFragment;

/**
 * Certificates (IKO, VDWS, PADI, first aid …) with their issuer, number, level, discipline and
 * expiry: each
 * says how many days it has left, or that it has expired. Managers add, edit (a renewal gets
 * its new date) and remove them.
 */
export function CertificationsTab({
  instructor,
  readOnly,
}: {
  instructor: InstructorFieldsFragment;
  readOnly: boolean;
}) {
  const { t } = useTranslation('instructors');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const mutations = useCertificationMutations(instructor.id);
  const [editing, setEditing] = useState<Cert | 'new' | null>(null);
  const [removing, setRemoving] = useState<Cert | null>(null);
  const certs = instructor.certifications;

  return (
    <Section
      title={t('certifications.title')}
      description={t('certifications.help')}
      actions={
        !readOnly && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('certifications.add')}
          </Button>
        )
      }
    >
      {certs.length === 0 ? (
        <EmptyState
          py={32}
          withIndicatorBackground
          icon={<IconCertificate size={26} />}
          title={t('certifications.empty.title')}
          description={t('certifications.empty.body')}
        />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table
            verticalSpacing={10}
            styles={dataTableStyles}
            aria-label={t('certifications.title')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('certifications.columns.issuer')}</Table.Th>
                <Table.Th>{t('certifications.columns.name')}</Table.Th>
                <Table.Th>{t('certifications.columns.discipline')}</Table.Th>
                <Table.Th>{t('certifications.columns.level')}</Table.Th>
                <Table.Th>{t('certifications.columns.expiresOn')}</Table.Th>
                {!readOnly && <Table.Th w={96}>{t('certifications.columns.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {certs.map((cert) => (
                <Table.Tr key={cert.id}>
                  <Table.Td>
                    <Text fz="sm">{cert.issuer ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" fw={600}>
                      {cert.name}
                    </Text>
                    {cert.number && (
                      <Text fz="xs" c="dimmed">
                        {t('certifications.numbered', { number: cert.number })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">
                      {cert.discipline ? t(`disciplines.${cert.discipline}`) : '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {cert.level ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {typeof cert.expiresOn === 'string' && (
                        <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(`${cert.expiresOn}T12:00:00Z`, language, 'UTC')}
                        </Text>
                      )}
                      <ExpiryBadge certification={cert} />
                    </Group>
                  </Table.Td>
                  {!readOnly && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('certifications.edit')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            size="lg"
                            aria-label={`${t('certifications.edit')}: ${certificationTitle(cert)}`}
                            onClick={() => setEditing(cert)}
                          >
                            <IconPencil size={18} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('certifications.remove')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            size="lg"
                            aria-label={`${t('certifications.remove')}: ${certificationTitle(cert)}`}
                            onClick={() => {
                              mutations.removing.reset();
                              setRemoving(cert);
                            }}
                          >
                            <IconTrash size={18} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AppModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('certifications.addTitle') : t('certifications.editTitle')}
        size="lg"
      >
        {editing !== null && (
          <CertificationForm
            certification={editing === 'new' ? null : editing}
            mutations={mutations}
            onDone={() => setEditing(null)}
          />
        )}
      </AppModal>
      <ConfirmModal
        opened={removing !== null}
        title={t('certifications.removeTitle')}
        confirmLabel={t('certifications.removeConfirm')}
        loading={mutations.removing.loading}
        error={mutations.removing.error ? errorText(mutations.removing.error) : undefined}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          mutations
            .removeCertification(removing.id)
            .then(() => {
              notifications.show({
                color: 'teal',
                message: t('certifications.removed', { name: certificationTitle(removing) }),
              });
              setRemoving(null);
            })
            .catch(() => undefined);
        }}
      >
        {removing ? t('certifications.removeBody', { name: certificationTitle(removing) }) : null}
      </ConfirmModal>
    </Section>
  );
}

function CertificationForm({
  certification,
  mutations,
  onDone,
}: {
  certification: Cert | null;
  mutations: ReturnType<typeof useCertificationMutations>;
  onDone: () => void;
}) {
  const { t } = useTranslation('instructors');
  const errorText = useErrorText();
  const [draft, setDraft] = useState<CertificationDraft>(() =>
    certification ? certificationDraftOf(certification) : emptyCertification(),
  );
  const [nameMissing, setNameMissing] = useState(false);
  const state = certification ? mutations.updating : mutations.adding;
  const set = <K extends keyof CertificationDraft>(key: K, value: CertificationDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft.name.trim()) return setNameMissing(true);
    setNameMissing(false);
    state.reset();
    try {
      const input = certificationInput(draft);
      const saved = certification
        ? await mutations.updateCertification(certification.id, input)
        : await mutations.addCertification(input);
      if (saved) {
        notifications.show({
          color: 'teal',
          message: t('certifications.saved', { name: certificationTitle(saved) }),
        });
        onDone();
      }
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const refused = refusedFields(state.error);
  const fieldError = (field: InstructorField) =>
    refused.includes(field) ? t(`fieldErrors.${field}`) : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('certifications.fields.issuer')}
            placeholder={t('certifications.fields.issuerPlaceholder')}
            value={draft.issuer}
            onChange={(event) => set('issuer', event.currentTarget.value)}
            error={fieldError('issuer')}
            maxLength={120}
            data-autofocus
          />
          <TextInput
            label={t('certifications.fields.number')}
            placeholder={t('certifications.fields.numberPlaceholder')}
            value={draft.number}
            onChange={(event) => set('number', event.currentTarget.value)}
            error={fieldError('number')}
            maxLength={60}
          />
        </SimpleGrid>
        <TextInput
          label={t('certifications.fields.name')}
          description={t('certifications.fields.nameHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={draft.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={nameMissing ? t('fieldErrors.nameRequired') : fieldError('name')}
          maxLength={200}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('certifications.fields.discipline')}
            placeholder={t('certifications.fields.anyDiscipline')}
            data={DISCIPLINES.map((d) => ({ value: d, label: t(`disciplines.${d}`) }))}
            value={draft.discipline}
            onChange={(value) => set('discipline', (value as Discipline | null) ?? null)}
            error={fieldError('discipline')}
            clearable
          />
          <TextInput
            label={t('certifications.fields.level')}
            placeholder={t('certifications.fields.levelPlaceholder')}
            value={draft.level}
            onChange={(event) => set('level', event.currentTarget.value)}
            error={fieldError('level')}
            maxLength={100}
          />
        </SimpleGrid>
        <TextInput
          label={t('certifications.fields.expiresOn')}
          description={t('certifications.fields.expiresOnHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          type="date"
          value={draft.expiresOn}
          onChange={(event) => set('expiresOn', event.currentTarget.value)}
          error={fieldError('expiresOn')}
          w={{ base: '100%', xs: 240 }}
        />
        {state.error && refused.length === 0 && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {errorText(state.error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={state.loading}>
            {t('certifications.cancel')}
          </Button>
          <Button type="submit" loading={state.loading}>
            {certification ? t('certifications.saveChanges') : t('certifications.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
