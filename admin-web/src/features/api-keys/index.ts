export { ApiKeysView } from './components/ApiKeysView';
export { CreateApiKeyModal } from './components/CreateApiKeyModal';
