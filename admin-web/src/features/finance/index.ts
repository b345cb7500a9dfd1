export { FinanceView } from './components/FinanceView';
