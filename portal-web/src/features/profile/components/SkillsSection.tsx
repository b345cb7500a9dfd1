import { Badge, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileDetailsFragment } from '../../../gql/graphql';
import { SkillsFields } from '../details/SkillsFields';
import { DISCIPLINES, skillLevels, skillsInput } from '../details/values';
import { useSaveSection } from '../hooks/useSaveSection';
import { EditableSection } from './EditableSection';

const FIELDS = ['skills'] as const;

/** The level in each sport tried; the sports never tried are left out of the summary. */
export function SkillsSection({ customer }: { customer: ProfileDetailsFragment }) {
  const { t } = useTranslation('profile');
  const { save, reset, busy, failure, fieldsRefused, fieldError } = useSaveSection(
    customer.id,
    FIELDS,
    t('sections.skills.saved'),
  );
  const [levels, setLevels] = useState(() => skillLevels(customer));
  const saved = skillLevels(customer);
  const tried = DISCIPLINES.filter((discipline) => saved[discipline]);

  return (
    <EditableSection
      title={t('sections.skills.title')}
      editLabel={t('sections.skills.edit')}
      onEdit={() => {
        reset();
        setLevels(skillLevels(customer));
      }}
      onSave={() => save(skillsInput(levels))}
      onCancel={reset}
      busy={busy}
      failure={failure}
      fieldsRefused={fieldsRefused}
      fields={<SkillsFields levels={levels} onChange={setLevels} fieldError={fieldError} />}
    >
      {tried.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {t('sections.skills.none')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {tried.map((discipline) => (
            <Group component="li" key={discipline} justify="space-between" wrap="nowrap" gap="sm">
              <Text fz="md">{t(`fields.skills.disciplines.${discipline}`)}</Text>
              <Badge variant="light" size="lg" radius="sm" style={{ flexShrink: 0 }}>
                {t(`fields.skills.levels.${saved[discipline]!}`)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </EditableSection>
  );
}
