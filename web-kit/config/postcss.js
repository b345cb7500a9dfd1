// Plain JavaScript, typed by postcss.d.ts, for the same reason as vite.js.
import presetMantine from 'postcss-preset-mantine';
import simpleVars from 'postcss-simple-vars';

// PostCSS for the apps' CSS modules and web-kit's own: Mantine's mixins, and its breakpoints
// as `$mantine-breakpoint-*` variables (the same values as the theme's defaults).
export default {
  plugins: [
    presetMantine(),
    simpleVars({
      variables: {
        'mantine-breakpoint-xs': '36em',
        'mantine-breakpoint-sm': '48em',
        'mantine-breakpoint-md': '62em',
        'mantine-breakpoint-lg': '75em',
        'mantine-breakpoint-xl': '88em',
      },
    }),
  ],
};
