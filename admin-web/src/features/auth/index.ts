export { LoginLayout } from './components/LoginLayout';
export { StaffOnlyNotice } from './components/StaffOnlyNotice';
