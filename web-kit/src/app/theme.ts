import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** Plannivo's brand colour: open-water blue shading into teal. */
const ocean: MantineColorsTuple = [
  '#e4f6fc',
  '#d0ebf5',
  '#a3d5ea',
  '#72bddf',
  '#4aa9d5',
  '#309dd0',
  '#1f96cf',
  '#0b82b7',
  '#0073a4',
  '#006492',
];

export const theme = createTheme({
  primaryColor: 'ocean',
  primaryShade: { light: 7, dark: 5 },
  colors: { ocean },
  autoContrast: true,
  defaultRadius: 'md',
  cursorType: 'pointer',
  // System fonts: nothing to download, and every platform's UI font handles Turkish letters.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif',
  headings: { fontWeight: '700' },
  defaultGradient: { from: 'ocean.7', to: 'teal.5', deg: 135 },
});
