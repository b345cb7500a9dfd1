export { packagesTypePolicies } from './cachePolicy';
export { CustomerPackagesPanel } from './components/CustomerPackagesPanel';
export { VouchersView } from './components/VouchersView';
