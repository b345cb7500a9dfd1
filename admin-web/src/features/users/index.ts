export { usersTypePolicies } from './cachePolicy';
export { UsersView } from './components/UsersView';
