import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PersonLinkList } from '../../../shared/ui/PersonLinkList';
import { SkillBadges } from '../../../shared/ui/SkillBadges';
import { customerPath, type CustomersViewProps } from './viewProps';

const SKELETON_ITEMS = 6;
const SKELETON_BARS = [
  { height: 14, width: '55%' },
  { height: 10, width: '75%' },
  { height: 18, width: 120 },
];

/** The phone view: one tappable block per record, opening its page. */
export function CustomersList({ customers, loading }: CustomersViewProps) {
  const { t } = useTranslation('customers');
  return (
    <PersonLinkList
      rows={customers}
      loading={loading}
      skeletonItems={SKELETON_ITEMS}
      skeletonBars={SKELETON_BARS}
      to={(customer) => customerPath(customer.id)}
      renderDetails={(customer) => {
        const contact = [customer.phone, customer.email].filter(Boolean).join(' · ');
        return (
          <>
            <Text fz="sm" fw={600} truncate="end">
              {customer.name}
            </Text>
            <Text fz="xs" c="dimmed" truncate="end">
              {contact || t('noContact')}
            </Text>
            {customer.skills.length > 0 && (
              <SkillBadges ns="customers" skills={customer.skills} emptyLabel={t('noSkills')} />
            )}
            {customer.tags.length > 0 && (
              <Text fz="xs" c="dimmed" truncate="end">
                {customer.tags.map((tag) => `#${tag}`).join(' ')}
              </Text>
            )}
          </>
        );
      }}
    />
  );
}
