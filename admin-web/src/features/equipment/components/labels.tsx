import { Badge, type BadgeProps } from '@mantine/core';
import { humanizeCategory, isKnownCategory } from '@plannivo/web-kit/booking';
import {
  IconAlertTriangle,
  IconArchive,
  IconArrowBackUp,
  IconArrowForwardUp,
  IconChecklist,
  IconNote,
  IconShoppingCart,
  IconTool,
} from '@tabler/icons-react';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EquipmentEventKind, EquipmentStatus } from '../../../gql/graphql';

/** Each status's colour, the same on the list, the snapshot and the item's page. */
export const STATUS_COLORS: Record<EquipmentStatus, string> = {
  AVAILABLE: 'teal',
  IN_USE: 'blue',
  MAINTENANCE: 'orange',
  RETIRED: 'gray',
};

export function StatusBadge({
  status,
  ...props
}: { status: EquipmentStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation('equipment');
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} radius="sm" {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** A category's name in the UI language; keys without words humanised (`Kite pump`). */
export function useCategoryLabel() {
  const { t } = useTranslation('equipment');
  return useCallback(
    (category: string) =>
      isKnownCategory(category) ? t(`categories.${category}`) : humanizeCategory(category),
    [t],
  );
}

/** The timeline's bullet and colour of each kind of log entry. */
export const EVENT_LOOK: Record<EquipmentEventKind, { icon: ReactNode; color: string }> = {
  PURCHASED: { icon: <IconShoppingCart size={14} aria-hidden />, color: 'teal' },
  CHECKED_OUT: { icon: <IconArrowForwardUp size={14} aria-hidden />, color: 'blue' },
  RETURNED: { icon: <IconArrowBackUp size={14} aria-hidden />, color: 'blue' },
  DAMAGED: { icon: <IconAlertTriangle size={14} aria-hidden />, color: 'red' },
  REPAIRED: { icon: <IconTool size={14} aria-hidden />, color: 'orange' },
  INSPECTED: { icon: <IconChecklist size={14} aria-hidden />, color: 'grape' },
  RETIRED: { icon: <IconArchive size={14} aria-hidden />, color: 'gray' },
  NOTE: { icon: <IconNote size={14} aria-hidden />, color: 'yellow' },
};
