export { BrandMark } from './BrandMark';
export { CrashScreen } from './CrashScreen';
export { FullPageLoader } from './FullPageLoader';
export { NotFoundScreen } from './NotFoundScreen';
export { usePageTitle } from './usePageTitle';
