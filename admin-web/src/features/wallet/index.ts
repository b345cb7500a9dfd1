export { CustomerWalletPanel } from './components/CustomerWalletPanel';
export { FxRatesView } from './components/FxRatesView';
