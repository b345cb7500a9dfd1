export { ReceiptsView } from './components/ReceiptsView';
