import { Badge, type MantineSize } from '@mantine/core';
import {
  IconActivity,
  IconAddressBook,
  IconFileText,
  IconKey,
  IconLogin2,
  IconMailForward,
  IconMapPin,
  IconShieldX,
  IconSpeakerphone,
  IconUser,
  type Icon,
} from '@tabler/icons-react';
import { describeAction, type AuditFamily } from '../actions';
import { useActionLabel } from '../hooks/useLabels';

const FAMILY_ICONS: Record<AuditFamily, Icon> = {
  auth: IconLogin2,
  location: IconMapPin,
  user: IconUser,
  invitation: IconMailForward,
  api_key: IconKey,
  legal: IconFileText,
  consent: IconSpeakerphone,
  customer: IconAddressBook,
};

/** An action as a badge coloured by its family; failures in red. */
export function ActionBadge({ action, size = 'md' }: { action: string; size?: MantineSize }) {
  const label = useActionLabel()(action);
  const { color, family, labelKey } = describeAction(action);
  const BadgeIcon = color === 'red' ? IconShieldX : family ? FAMILY_ICONS[family] : IconActivity;
  return (
    <Badge
      color={color}
      variant="light"
      radius="sm"
      size={size}
      tt="none"
      fw={600}
      ff={labelKey ? undefined : 'monospace'}
      leftSection={<BadgeIcon size={14} stroke={1.8} aria-hidden />}
      maw="100%"
      title={label}
    >
      {label}
    </Badge>
  );
}
