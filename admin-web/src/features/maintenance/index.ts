export { MaintenanceView } from './components/MaintenanceView';
