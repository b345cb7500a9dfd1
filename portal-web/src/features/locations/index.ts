export { LocationList } from './components/LocationList';
