export { catalogTypePolicies } from './cachePolicy';
export { CatalogView } from './components/CatalogView';
