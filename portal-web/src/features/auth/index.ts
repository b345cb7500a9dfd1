export { LoginForm } from './components/LoginForm';
export { LoginLayout } from './components/LoginLayout';
export { RequireAuth } from './components/RequireAuth';
export { RequireResource } from './components/RequireResource';
export { UserMenu } from './components/UserMenu';
export { useCurrentUser } from './hooks/useCurrentUser';
export { useLogout } from './hooks/useLogout';
export { redirectTarget, type LoginRedirectState } from './redirect';
