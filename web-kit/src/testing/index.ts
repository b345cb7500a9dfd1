// Test helpers for the apps' own vitest suites; never imported by app code.
export { describeTranslations } from './translations';
