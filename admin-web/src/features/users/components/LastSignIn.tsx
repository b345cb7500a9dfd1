import { Text, type MantineFontSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InstantText } from '../../../shared/ui/InstantText';

/** When the person last signed in, or that they never have. */
export function LastSignIn({
  iso,
  fz = 'sm',
}: {
  iso: string | null | undefined;
  fz?: MantineFontSize;
}) {
  const { t } = useTranslation('users');
  if (!iso) {
    return (
      <Text fz={fz} c="dimmed" fs="italic">
        {t('neverSignedIn')}
      </Text>
    );
  }
  return <InstantText iso={iso} fz={fz} />;
}
