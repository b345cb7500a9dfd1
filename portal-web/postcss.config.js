export { default } from '@plannivo/web-kit/config/postcss';
