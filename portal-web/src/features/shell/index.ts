export { PortalLayout } from './components/PortalLayout';
export type { NavigationEntry } from './navigation';
