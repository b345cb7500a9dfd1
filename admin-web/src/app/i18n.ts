import { initI18n } from '@plannivo/web-kit/i18n';
import { resources } from './locales';

export const i18n = initI18n(resources);
