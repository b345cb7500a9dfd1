import { Skeleton, Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { dataTableStyles } from './tableStyles';

/** One column of a list page's table: its header, width and placeholder while loading. */
export interface DataColumn {
  label: string;
  /** The header is read by screen readers only (an actions column). */
  hiddenLabel?: boolean;
  w?: number | string;
  /** Shown in this column's cell of each placeholder row. */
  skeleton?: ReactNode;
}

/**
 * The desk table of a list page: a fixed layout in a horizontal scroll below `minWidth`, the
 * shared header look, and placeholder rows (hidden from screen readers) while loading.
 */
export function DataTable<TRow>({
  columns,
  rows,
  loading,
  skeletonRows,
  minWidth,
  highlightOnHover,
  renderRow,
}: {
  columns: DataColumn[];
  rows: readonly TRow[];
  loading: boolean;
  skeletonRows: number;
  minWidth: number;
  highlightOnHover?: boolean;
  /** One `Table.Tr`, keyed. */
  renderRow: (row: TRow) => ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table
        layout="fixed"
        highlightOnHover={highlightOnHover}
        verticalSpacing={10}
        horizontalSpacing="md"
        styles={dataTableStyles}
      >
        <Table.Thead bg="gray.0">
          <Table.Tr>
            {columns.map((column, i) => (
              <Table.Th key={i} w={column.w}>
                {column.hiddenLabel ? (
                  <VisuallyHidden>{column.label}</VisuallyHidden>
                ) : (
                  column.label
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading
            ? Array.from({ length: skeletonRows }, (_, row) => (
                <Table.Tr key={row} aria-hidden>
                  {columns.map((column, i) => (
                    <Table.Td key={i}>{column.skeleton}</Table.Td>
                  ))}
                </Table.Tr>
              ))
            : rows.map(renderRow)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A placeholder for a line of text in a loading row. */
export function SkeletonLine({ width, height = 12 }: { width: number | string; height?: number }) {
  return <Skeleton height={height} width={width} radius="sm" />;
}
