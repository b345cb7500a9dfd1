import { Badge, Group, Pagination, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../shared/ui/DataTable';
import type { ImportKind, ImportReport, ImportRow } from '../kinds';
import { problemText, type Translator } from '../reasons';

const PAGE_SIZE = 50;
const STATUS_COLOR: Record<ImportRow['status'], string> = {
  VALID: 'teal',
  INVALID: 'red',
  CREATED: 'blue',
};

/**
 * The report row by row: the file's row number, the name on it, its status and, for a refused
 * row, each field and why, in the user's language. Rows with problems first; 50 a page.
 */
export function ImportReportTable({ kind, report }: { kind: ImportKind; report: ImportReport }) {
  const { t, i18n } = useTranslation('imports');
  const [show, setShow] = useState<'problems' | 'all'>(report.invalidRows ? 'problems' : 'all');
  const [page, setPage] = useState(1);
  const rows = useMemo(
    () => (show === 'problems' ? report.rows.filter((r) => r.errors.length) : report.rows),
    [report, show],
  );
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  // Keys are built from the API's field names and codes; `exists` checks them first.
  const translator: Translator = {
    t: (key, options) => t(key as never, options as never) as unknown as string,
    exists: (key) => i18n.exists(key, { ns: 'imports' }),
  };

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('report.label')}
        value={show}
        onChange={(value) => {
          setShow(value as 'problems' | 'all');
          setPage(1);
        }}
        data={[
          { value: 'problems', label: t('report.problemsOnly', { count: report.invalidRows }) },
          { value: 'all', label: t('report.all', { count: report.totalRows }) },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {rows.length === 0 ? (
        <Text c="dimmed">{t('report.empty')}</Text>
      ) : (
        <DataTable
          columns={[
            { label: t('report.columns.line'), w: 80 },
            { label: t('report.columns.name'), w: '24%' },
            { label: t('report.columns.status'), w: 120 },
            { label: t('report.columns.field'), w: '18%' },
            { label: t('report.columns.reason') },
          ]}
          rows={rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)}
          loading={false}
          skeletonRows={0}
          minWidth={760}
          renderRow={(row) => {
            const problems = row.errors.map((e) => problemText(translator, kind, e));
            return (
              <Table.Tr key={row.line}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end">
                    {row.name ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOR[row.status]}>
                    {t(`report.status.${row.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {problems.length
                      ? problems.map((p, i) => (
                          <Text key={i} size="sm" fw={500}>
                            {p.field}
                          </Text>
                        ))
                      : '—'}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {problems.map((p, i) => (
                      <Text key={i} size="sm">
                        {p.reason}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          }}
        />
      )}
      {pages > 1 && (
        <Group justify="flex-end">
          <Pagination
            aria-label={t('report.pages')}
            total={pages}
            value={current}
            onChange={setPage}
          />
        </Group>
      )}
    </Stack>
  );
}
