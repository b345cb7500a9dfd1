export { PackagesView } from './components/PackagesView';
