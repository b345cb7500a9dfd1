import { Text } from '@mantine/core';
import type { Role } from '@plannivo/web-kit/auth';
import { useTranslation } from 'react-i18next';
import { summarize, type SummaryPart } from '../display';

const KNOWN_FIELDS = ['name', 'timezone', 'email', 'phone', 'locations'] as const;
type KnownField = (typeof KNOWN_FIELDS)[number];
const isKnownField = (field: string): field is KnownField =>
  (KNOWN_FIELDS as readonly string[]).includes(field);

const ROLES = [
  'ADMIN',
  'MANAGER',
  'INSTRUCTOR',
  'STUDENT',
  'CUSTOMER',
] as const satisfies readonly Role[];
const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

const DOCUMENT_KINDS = ['TERMS', 'PRIVACY', 'MARKETING'] as const;
type DocumentKind = (typeof DOCUMENT_KINDS)[number];
const isDocumentKind = (value: string): value is DocumentKind =>
  (DOCUMENT_KINDS as readonly string[]).includes(value);

/**
 * The detail of an entry worth a glance: the email tried, what changed, the role before and
 * after, the key or document concerned. Values this app cannot name are shown as recorded.
 */
export function EntrySummaryText({ action, data }: { action: string; data: unknown }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const { t: ta } = useTranslation('auth');
  const parts = summarize(action, data);
  if (parts.length === 0) return null;

  const role = (value: string) => (isRole(value) ? tc(`roles.${value}`) : value);
  const field = (name: string) => (isKnownField(name) ? t(`summary.fields.${name}`) : name);
  const partText = (part: SummaryPart): string => {
    switch (part.kind) {
      case 'email':
        return t('summary.email', { email: part.email });
      case 'text':
        return part.text;
      case 'role':
        return role(part.role);
      case 'roleChange':
        return `${role(part.from)} → ${role(part.to)}`;
      case 'changes':
        return part.changes
          .map((change) =>
            change.value === undefined
              ? field(change.field)
              : `${field(change.field)}: ${change.value}`,
          )
          .join(' · ');
      case 'fields':
        return t('summary.changed', { fields: part.fields.map(field).join(', ') });
      case 'sessionsEnded':
        return t('summary.sessionsEnded', { count: part.count });
      case 'scopes':
        return t('summary.scopes', { count: part.count });
      case 'documents':
        return part.documents
          .map(({ kind, version }) =>
            t('summary.document', {
              kind: isDocumentKind(kind) ? ta(`legal.kinds.${kind}`) : kind,
              version,
            }),
          )
          .join(', ');
    }
  };
  const text = parts.map(partText).join(' · ');
  return (
    <Text fz="xs" c="dimmed" truncate="end" title={text} maw="100%">
      {text}
    </Text>
  );
}
