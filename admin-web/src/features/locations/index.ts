export { LocationCardGrid } from './components/LocationCardGrid';
export { LocationLiveUpdates } from './components/LocationLiveUpdates';
export { LocationsTable } from './components/LocationsTable';
export { CreateLocationModal } from './components/CreateLocationModal';
export { LocationDetail } from './components/LocationDetail';
export { locationsTypePolicies } from './cachePolicy';
