export { ReconciliationView } from './components/ReconciliationView';
