export { LocationCardGrid } from './components/LocationCardGrid';
export { LocationLiveUpdates } from './components/LocationLiveUpdates';
export { LocationsTable } from './components/LocationsTable';
