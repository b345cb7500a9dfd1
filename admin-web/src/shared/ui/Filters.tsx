import { Button, CloseButton, Group, Select, TextInput, type StyleProp } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import type { CSSProperties, ReactNode } from 'react';

/** The Select's value for "no filter" (a Select option cannot be empty). */
const ALL = '*';

type Width = StyleProp<CSSProperties['width']>;

/** A list's filter inputs, in a search landmark, with "Clear filters" while any is set. */
export function FiltersBar({
  label,
  clearLabel,
  showClear,
  onClear,
  children,
}: {
  label: string;
  clearLabel: string;
  showClear: boolean;
  onClear: () => void;
  children: ReactNode;
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={label}>
      {children}
      {showClear && (
        <Button variant="subtle" color="gray" leftSection={<IconX size={16} />} onClick={onClear}>
          {clearLabel}
        </Button>
      )}
    </Group>
  );
}

/** A search box with a button that empties it. */
export function SearchInput({
  label,
  placeholder,
  clearLabel,
  value,
  onChange,
  maxLength,
  w,
}: {
  label: string;
  placeholder: string;
  clearLabel: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  w: Width;
}) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      maxLength={maxLength}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        value ? (
          <CloseButton size="sm" aria-label={clearLabel} onClick={() => onChange('')} />
        ) : null
      }
      type="search"
      w={w}
    />
  );
}

/** A choice among `options`, or none (`allLabel`, the value `undefined`). */
export function FilterSelect<T extends string>({
  label,
  allLabel,
  options,
  value,
  onChange,
  w,
}: {
  label: string;
  allLabel: string;
  options: { value: T; label: string }[];
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  w: Width;
}) {
  return (
    <Select
      label={label}
      data={[{ value: ALL, label: allLabel }, ...options]}
      value={value ?? ALL}
      onChange={(next) => onChange(next && next !== ALL ? (next as T) : undefined)}
      allowDeselect={false}
      w={w}
    />
  );
}
