export { ImportsView } from './components/ImportsView';
