export { LoginLayout } from './components/LoginLayout';
