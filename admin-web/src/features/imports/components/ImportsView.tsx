import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { errorMessageKeys } from '@plannivo/web-kit/errors';
import { IconAlertCircle, IconCircleCheck, IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useImportFile } from '../hooks/useImportFile';
import { useTemplateCatalog } from '../hooks/useTemplateCatalog';
import { IMPORT_KINDS, isImportKind, type ImportKind, type ImportReport } from '../kinds';
import { downloadText, templateCsv } from '../templates';
import type { ImportFailure } from '../upload';
import { ImportReportTable } from './ImportReportTable';

/** Whole-file refusals the page words itself; anything else gets the error code's sentence. */
const REFUSALS = [
  'CSV_EMPTY',
  'CSV_NOT_TEXT',
  'CSV_TOO_LARGE',
  'CSV_MALFORMED',
  'CSV_HEADER',
  'UNSUPPORTED_MEDIA_TYPE',
] as const;
type Refusal = (typeof REFUSALS)[number];
const isRefusal = (reason: string | null): reason is Refusal =>
  (REFUSALS as readonly (string | null)[]).includes(reason);

/**
 * The import page's work: choose what to import, get a template, pick a CSV file (checked at
 * once as a dry run, row by row), then import the valid rows, or nothing if all-or-nothing is
 * on and a row has problems.
 */
export function ImportsView() {
  const { t, i18n } = useTranslation('imports');
  // A link may name what to import (the inventory's "Import from CSV": ?kind=equipment).
  const [searchParams] = useSearchParams();
  const asked = searchParams.get('kind');
  const [kind, setKind] = useState<ImportKind>(isImportKind(asked) ? asked : 'customers');
  const [allOrNothing, setAllOrNothing] = useState(false);
  const job = useImportFile(kind);
  const loadCatalog = useTemplateCatalog();
  const busy = job.phase === 'checking' || job.phase === 'committing';
  const language = i18n.resolvedLanguage ?? i18n.language;

  const downloadTemplate = async () => {
    const catalog = kind === 'customers' ? null : await loadCatalog(kind === 'packages');
    downloadText(templateCsv(kind, language, catalog), t('template.fileName', { kind }));
  };

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <SegmentedControl
            aria-label={t('kind.label')}
            value={kind}
            onChange={(value) => {
              job.reset();
              setKind(value as ImportKind);
            }}
            disabled={busy}
            data={IMPORT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            style={{ alignSelf: 'flex-start' }}
          />
          <Text maw={820}>{t(`help.${kind}`)}</Text>
          <Text size="sm" c="dimmed">
            {t('format')}
          </Text>
          <Group gap="sm">
            <FileButton onChange={job.choose} accept=".csv,text/csv" disabled={busy}>
              {(props) => (
                <Button {...props} leftSection={<IconUpload size={18} />} loading={busy}>
                  {job.file ? t('file.another') : t('file.choose')}
                </Button>
              )}
            </FileButton>
            <Button
              variant="default"
              leftSection={<IconDownload size={18} />}
              onClick={downloadTemplate}
            >
              {t('template.download')}
            </Button>
          </Group>
          {job.file && (
            <Text size="sm">
              {t('file.name', { name: job.file.name, size: fileSize(job.file.size, language) })}
            </Text>
          )}
        </Stack>
      </Paper>

      {busy && (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{job.phase === 'checking' ? t('file.checking') : t('file.importing')}</Text>
        </Group>
      )}

      {job.failure && <FailureAlert failure={job.failure} />}

      {job.report && !busy && (
        <ReportSummary
          kind={kind}
          report={job.report}
          allOrNothing={allOrNothing}
          onAllOrNothing={setAllOrNothing}
          onCommit={() => job.commit(allOrNothing)}
        />
      )}
      {job.report && !busy && (
        <ImportReportTable
          key={`${job.report.dryRun}-${job.file?.name}`}
          kind={kind}
          report={job.report}
        />
      )}
    </Stack>
  );
}

function ReportSummary({
  kind,
  report,
  allOrNothing,
  onAllOrNothing,
  onCommit,
}: {
  kind: ImportKind;
  report: ImportReport;
  allOrNothing: boolean;
  onAllOrNothing: (value: boolean) => void;
  onCommit: () => void;
}) {
  const { t } = useTranslation('imports');
  const counts = (
    <Group gap="xs" aria-live="polite">
      <Badge variant="light" color="gray" size="lg">
        {t('summary.rows', { count: report.totalRows })}
      </Badge>
      <Badge variant="light" color="teal" size="lg">
        {t('summary.valid', { count: report.validRows })}
      </Badge>
      <Badge variant="light" color={report.invalidRows ? 'red' : 'gray'} size="lg">
        {t('summary.invalid', { count: report.invalidRows })}
      </Badge>
    </Group>
  );

  if (!report.dryRun) {
    const written = report.created > 0;
    return (
      <Alert
        color={written ? 'teal' : 'yellow'}
        variant="light"
        icon={written ? <IconCircleCheck aria-hidden /> : <IconAlertCircle aria-hidden />}
        title={t('result.title')}
      >
        <Stack gap="xs">
          {counts}
          <Text>
            {written
              ? t(`result.${kind}`, { count: report.created })
              : t(report.validRows ? 'result.refused' : 'result.nothing')}{' '}
            {written &&
              report.invalidRows > 0 &&
              t('result.skipped', { count: report.invalidRows })}
          </Text>
          {written && kind === 'customers' && (
            <Anchor component={Link} to="/customers">
              {t('result.openCustomers')}
            </Anchor>
          )}
          {written && kind === 'packages' && (
            <Anchor component={Link} to="/catalog?tab=packages">
              {t('result.openCatalog')}
            </Anchor>
          )}
          {written && kind === 'equipment' && (
            <Anchor component={Link} to="/equipment">
              {t('result.openEquipment')}
            </Anchor>
          )}
        </Stack>
      </Alert>
    );
  }

  const blocked = allOrNothing && report.invalidRows > 0;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        {counts}
        <Text size="sm" c="dimmed">
          {t('summary.dryRun')}
        </Text>
        <Switch
          checked={allOrNothing}
          onChange={(event) => onAllOrNothing(event.currentTarget.checked)}
          label={t('allOrNothing.label')}
          description={t('allOrNothing.description')}
        />
        <Group gap="sm">
          <Button onClick={onCommit} disabled={report.validRows === 0 || blocked}>
            {t(`commit.${kind}`, { count: report.validRows })}
          </Button>
          {blocked && (
            <Text size="sm" c="red">
              {t('commit.blocked')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function FailureAlert({ failure }: { failure: ImportFailure }) {
  const { t } = useTranslation('imports');
  const { t: tc } = useTranslation();
  const refusal = isRefusal(failure.reason) ? failure.reason : null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={refusal ? t('refusal.title') : undefined}
    >
      <Stack gap={4}>
        <Text size="sm">
          {refusal ? t(`refusal.${refusal}`) : tc(errorMessageKeys[failure.code])}
        </Text>
        {refusal === 'CSV_HEADER' && failure.columns.length > 0 && (
          <Text size="sm">{t('refusal.columns', { columns: failure.columns.join(', ') })}</Text>
        )}
      </Stack>
    </Alert>
  );
}

/** "12.5 kB", "1.3 MB" in the user's language. */
function fileSize(bytes: number, language: string) {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(mb ? bytes / 1024 / 1024 : bytes / 1024);
}
