import { describeTranslations } from '@plannivo/web-kit/testing';
import { appResources } from './locales';

// This app's texts merged with the shared ones, as the app ships them (web-kit checks the
// shared texts on their own).
describeTranslations(appResources);
