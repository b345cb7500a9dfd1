import {
  Alert,
  Button,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconEye,
  IconFileText,
  IconPlus,
  IconShieldLock,
  IconSignature,
  IconSpeakerphone,
  type Icon,
} from '@tabler/icons-react';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalDocumentKind, LegalVersionFieldsFragment } from '../../../gql/graphql';
import { useErrorText } from '@plannivo/web-kit/ui';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { InstantText } from '../../../shared/ui/InstantText';
import { useLegalDocuments } from '../hooks/useLegalDocuments';
import { currentVersion, LEGAL_KINDS } from '../kinds';
import { RequiredBadge } from './LegalKindBadge';
import { LegalDocumentReader } from './LegalDocumentReader';
import { PublishLegalDocumentModal } from './PublishLegalDocumentModal';
import { VersionHistory } from './VersionHistory';

type Version = LegalVersionFieldsFragment;

const KIND_ICONS: Record<LegalDocumentKind, Icon> = {
  TERMS: IconFileText,
  PRIVACY: IconShieldLock,
  MARKETING: IconSpeakerphone,
  RENTAL: IconSignature,
};

/** The documents in force, one card per kind, and every earlier version of each. */
export function LegalDocumentsView() {
  const { t } = useTranslation('legal');
  const errorMessage = useErrorText();
  const documents = useLegalDocuments();
  const [reading, setReading] = useState<Version | null>(null);
  const [publishing, setPublishing] = useState<LegalDocumentKind | null>(null);
  const [publishKind, setPublishKind] = useState<LegalDocumentKind>('TERMS');
  const [historyKind, setHistoryKind] = useState<LegalDocumentKind>('TERMS');

  const current: Partial<Record<LegalDocumentKind, Version>> = {};
  for (const kind of LEGAL_KINDS) current[kind] = currentVersion(documents.byKind[kind]);

  const openPublish = (kind: LegalDocumentKind) => {
    setPublishKind(kind);
    setPublishing(kind);
  };

  if (documents.error !== undefined) {
    return (
      <Paper withBorder radius="lg">
        <ErrorState title={t('errorTitle')} error={documents.error} onRetry={documents.retry} />
      </Paper>
    );
  }

  return (
    <Stack gap="xl">
      {documents.refreshError !== undefined && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />}>
          {errorMessage(documents.refreshError)}
        </Alert>
      )}
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} fz="h3">
            {t('inForce')}
          </Title>
          <Button leftSection={<IconPlus size={18} />} onClick={() => openPublish(historyKind)}>
            {t('publishNew')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          {LEGAL_KINDS.map((kind) =>
            documents.loading ? (
              <Skeleton key={kind} height={230} radius="lg" />
            ) : (
              <KindCard
                key={kind}
                kind={kind}
                document={current[kind]}
                onRead={setReading}
                onPublish={() => openPublish(kind)}
              />
            ),
          )}
        </SimpleGrid>
      </Stack>

      <Stack gap="md">
        <Title order={2} fz="h3">
          {t('history.heading')}
        </Title>
        <Paper withBorder radius="lg" style={{ overflow: 'clip' }}>
          <Tabs
            value={historyKind}
            onChange={(value) => value && setHistoryKind(value as LegalDocumentKind)}
          >
            <Tabs.List px="sm" pt="xs">
              {LEGAL_KINDS.map((kind) => (
                <Tabs.Tab key={kind} value={kind}>
                  {t(`kinds.${kind}.name`)}
                  {!documents.loading && (
                    <Text span c="dimmed" fz="xs" ml={6}>
                      {documents.byKind[kind].length}
                    </Text>
                  )}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {LEGAL_KINDS.map((kind) => (
              <Tabs.Panel key={kind} value={kind}>
                {documents.loading ? (
                  <Skeleton height={120} m="md" radius="md" />
                ) : (
                  <VersionHistory versions={documents.byKind[kind]} onRead={setReading} />
                )}
              </Tabs.Panel>
            ))}
          </Tabs>
        </Paper>
      </Stack>

      <LegalDocumentReader
        document={reading}
        opened={reading !== null}
        onClose={() => setReading(null)}
      />
      <PublishLegalDocumentModal
        opened={publishing !== null}
        initialKind={publishKind}
        current={current}
        onClose={() => setPublishing(null)}
      />
    </Stack>
  );
}

function KindCard({
  kind,
  document,
  onRead,
  onPublish,
}: {
  kind: LegalDocumentKind;
  document: Version | undefined;
  onRead: (document: Version) => void;
  onPublish: () => void;
}) {
  const { t } = useTranslation('legal');
  const language = useCurrentLanguage();
  const KindIcon = KIND_ICONS[kind];
  const name = t(`kinds.${kind}.name`);
  return (
    <Card withBorder radius="lg" padding="lg" component="article" aria-label={name}>
      <Stack gap="md" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
            <KindIcon size={22} />
          </ThemeIcon>
          <Stack gap={6} align="flex-start">
            <Text component="h3" fw={700} fz="lg" m={0} lh={1.2}>
              {name}
            </Text>
            <RequiredBadge kind={kind} />
          </Stack>
        </Group>
        <Text fz="sm" c="dimmed">
          {t(`kinds.${kind}.description`)}
        </Text>
        {document ? (
          <Stack gap={6} style={{ flex: 1 }}>
            <Text fz="sm" fw={600} lineClamp={2}>
              {document.title}
            </Text>
            <Group gap={6} fz="sm" c="dimmed">
              <Text span fz="sm" c="dimmed">
                {t('version', { version: document.version })} ·
              </Text>
              <InstantText iso={document.publishedAt} mode="date" c="dimmed" />
            </Group>
            <Group gap={6} align="baseline" mt={4}>
              <Text fz={28} fw={700} lh={1} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {document.acceptanceCount.toLocaleString(language)}
              </Text>
              <Text fz="sm" c="dimmed">
                {t('acceptedThisVersion', { count: document.acceptanceCount })}
              </Text>
            </Group>
          </Stack>
        ) : (
          <Text fz="sm" fs="italic" c="dimmed" style={{ flex: 1 }}>
            {t('notPublished')}
          </Text>
        )}
        <Group gap="xs">
          {document && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconEye size={14} />}
              onClick={() => onRead(document)}
              aria-label={t('readCurrent', { kind: name })}
            >
              {t('read')}
            </Button>
          )}
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={onPublish}
            aria-label={t('publishKind', { kind: name })}
          >
            {document ? t('newVersion') : t('publishFirst')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
