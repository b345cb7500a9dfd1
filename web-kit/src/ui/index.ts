export { BrandMark } from './BrandMark';
export { CrashScreen } from './CrashScreen';
export { ErrorAlert } from './ErrorAlert';
export { FullPageLoader } from './FullPageLoader';
export { NotFoundScreen } from './NotFoundScreen';
export { usePageTitle } from './usePageTitle';
export { useErrorText } from './useErrorText';
