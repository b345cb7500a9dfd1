import { Group, Text, ThemeIcon, type MantineSize } from '@mantine/core';
import { IconWind } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const ICON_SIZES = { sm: 28, md: 36, lg: 48 } as const;

/** The logo: a wind mark and the product name. */
export function BrandMark({
  size = 'md',
  inverted = false,
  caption,
}: {
  size?: keyof typeof ICON_SIZES;
  inverted?: boolean;
  caption?: string;
}) {
  const { t } = useTranslation();
  const box = ICON_SIZES[size];
  const textSize: MantineSize = size === 'lg' ? 'xl' : size === 'md' ? 'lg' : 'md';
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon size={box} radius="md" variant={inverted ? 'white' : 'gradient'} aria-hidden>
        <IconWind size={box * 0.62} stroke={2} />
      </ThemeIcon>
      <div>
        <Text fw={800} fz={textSize} lh={1.1} c={inverted ? 'white' : undefined}>
          {t('appName')}
        </Text>
        {caption && (
          <Text fz="xs" c={inverted ? 'white' : 'dimmed'} opacity={inverted ? 0.85 : 1} lh={1.2}>
            {caption}
          </Text>
        )}
      </div>
    </Group>
  );
}
