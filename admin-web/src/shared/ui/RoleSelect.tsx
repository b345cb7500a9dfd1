import { Select, type ComboboxData } from '@mantine/core';
import type { Role } from '@plannivo/web-kit/auth';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const STAFF: readonly Role[] = ['ADMIN', 'MANAGER', 'INSTRUCTOR'];

/**
 * A role picker that says under it what the chosen role may do. Staff and portal roles are
 * grouped when both are offered.
 */
export function RoleSelect({
  roles,
  value,
  onChange,
  label,
  disabled,
  description,
  error,
}: {
  roles: readonly Role[];
  value: Role | null;
  onChange: (role: Role) => void;
  label: string;
  disabled?: boolean;
  /** Replaces the role's explanation, e.g. to say why it cannot be changed. */
  description?: ReactNode;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const item = (role: Role) => ({ value: role, label: t(`roles.${role}`) });
  const staff = roles.filter((role) => STAFF.includes(role));
  const portal = roles.filter((role) => !STAFF.includes(role));
  const data: ComboboxData =
    staff.length > 0 && portal.length > 0
      ? [
          { group: t('roleGroups.staff'), items: staff.map(item) },
          { group: t('roleGroups.portal'), items: portal.map(item) },
        ]
      : roles.map(item);

  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={(next) => next && onChange(next as Role)}
      allowDeselect={false}
      disabled={disabled}
      description={description ?? (value ? t(`roleHelp.${value}`) : undefined)}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={error}
      required
    />
  );
}
