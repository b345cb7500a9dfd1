import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFileCertificate, IconLogout } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PendingLegalDocumentsDocument, type LegalDocumentFieldsFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { onConsentRequired, reportConsentAccepted } from '../consentSignal';
import { useAcceptLegalDocuments } from '../hooks/useLegalDocuments';
import { useLogout } from '../hooks/useLogout';
import { LegalDocumentMeta } from './LegalDocumentMeta';
import { LegalDocumentText } from './LegalDocumentText';

// Same value as Mantine's `sm` breakpoint (48em): below it the gate takes the whole screen.
const PHONE_QUERY = '(max-width: 48em)';

/**
 * Blocks the signed-in app while the user has legal documents to accept (new TERMS or
 * PRIVACY versions): a modal that cannot be dismissed, with each document to read and tick,
 * "Accept" and "Sign out". Mount it once in the signed-in shell. It asks the API on mount and
 * again whenever any operation is refused with FORBIDDEN / CONSENT_REQUIRED.
 */
export function ConsentGate() {
  const { t } = useTranslation('auth');
  const isPhone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const { data, refetch } = useQuery(PendingLegalDocumentsDocument);
  const { accept, loading, error, reset } = useAcceptLegalDocuments();
  const { logout, loading: loggingOut } = useLogout();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [showMissing, setShowMissing] = useState(false);
  const refetching = useRef(false);

  useEffect(
    () =>
      onConsentRequired(() => {
        // Every query on a page fails at once; one look at what is pending is enough.
        if (refetching.current) return;
        refetching.current = true;
        void refetch()
          .catch(() => undefined)
          .finally(() => {
            refetching.current = false;
          });
      }),
    [refetch],
  );

  const documents: LegalDocumentFieldsFragment[] = data?.pendingLegalDocuments ?? [];
  const opened = documents.length > 0;
  const missing = documents.filter((document) => document.required && !ticked.has(document.id));

  function toggle(id: string, checked: boolean) {
    setTicked((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function handleAccept() {
    reset();
    if (missing.length > 0) {
      setShowMissing(true);
      return;
    }
    const ids = documents.filter((document) => ticked.has(document.id)).map(({ id }) => id);
    try {
      await accept(ids);
      setShowMissing(false);
      reportConsentAccepted();
    } catch {
      // Shown from the mutation's error state.
    }
  }

  return (
    <Modal
      opened={opened}
      // There is no way to close it but accepting or signing out.
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      fullScreen={isPhone}
      size="lg"
      radius={isPhone ? 0 : 'lg'}
      padding={isPhone ? 'md' : 'xl'}
      overlayProps={{ backgroundOpacity: 0.6, blur: 4 }}
      title={
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
            <IconFileCertificate size={22} />
          </ThemeIcon>
          <Text component="span" fw={700} fz="lg" lh={1.25}>
            {t('consent.title')}
          </Text>
        </Group>
      }
    >
      <Stack gap="lg">
        <Text c="dimmed" fz="sm">
          {t('consent.intro')}
        </Text>
        {documents.map((document) => (
          <Paper key={document.id} withBorder radius="md" p="md">
            <Stack gap="sm">
              <div>
                <Group gap="xs" mb={4}>
                  <Badge variant="light" radius="sm">
                    {t(`legal.kinds.${document.kind}`)}
                  </Badge>
                  {!document.required && (
                    <Badge variant="outline" color="gray" radius="sm">
                      {t('consent.optional')}
                    </Badge>
                  )}
                </Group>
                <Title order={3} fz="h4">
                  {document.title}
                </Title>
                <LegalDocumentMeta document={document} />
              </div>
              <LegalDocumentText document={document} />
              <Checkbox
                checked={ticked.has(document.id)}
                onChange={(event) => toggle(document.id, event.currentTarget.checked)}
                label={t('consent.acceptDocument', { title: document.title })}
                error={
                  showMissing && document.required && !ticked.has(document.id)
                    ? t('consent.mustAccept')
                    : undefined
                }
              />
            </Stack>
          </Paper>
        ))}
        {error && <ErrorAlert error={error} title={t('consent.failedTitle')} />}
        {/* Stays in view while the documents scroll: the way out is never off screen. */}
        <Group
          justify="space-between"
          gap="sm"
          wrap="wrap-reverse"
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{
            borderTop: '1px solid var(--mantine-color-default-border)',
            boxShadow: '0 -8px 12px -12px rgb(0 0 0 / 0.35)',
            zIndex: 1,
          }}
        >
          <Button
            variant="subtle"
            color="gray"
            fullWidth={isPhone}
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => void logout()}
            loading={loggingOut}
          >
            {t('consent.signOut')}
          </Button>
          <Button
            size="md"
            onClick={() => void handleAccept()}
            loading={loading}
            fullWidth={isPhone}
          >
            {t('consent.accept')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
