import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A record's tags as the school wrote them. */
export function TagBadges({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation('customers');
  if (tags.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {t('noTags')}
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" color="gray" radius="sm" tt="none" fw={500}>
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
