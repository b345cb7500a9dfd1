export { AppLayout } from './components/AppLayout';
export type { NavigationEntry } from './navigation';
