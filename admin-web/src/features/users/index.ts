export { UsersView } from './components/UsersView';
