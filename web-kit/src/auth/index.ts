export type { CurrentUserFragment, LegalDocumentFieldsFragment, Role } from '../gql/graphql';
export { ConsentGate } from './components/ConsentGate';
export { ForgotPasswordScreen, type ForgotPasswordState } from './components/ForgotPasswordScreen';
export { LegalDocumentMeta } from './components/LegalDocumentMeta';
export { LegalDocumentText } from './components/LegalDocumentText';
export { LoginForm } from './components/LoginForm';
export { LoginScreen } from './components/LoginScreen';
export { NewPasswordInput } from './components/NewPasswordInput';
export { PasswordField } from './components/PasswordField';
export { RequireAccess } from './components/RequireAccess';
export { RequireAuth } from './components/RequireAuth';
export { ResetPasswordScreen } from './components/ResetPasswordScreen';
export { SessionError } from './components/SessionError';
export { UserMenu } from './components/UserMenu';
export { useCompleteSignIn } from './hooks/useCompleteSignIn';
export { useConsentAcceptances } from './hooks/useConsentAcceptances';
export { useCurrentUser } from './hooks/useCurrentUser';
export { useAcceptLegalDocuments, useCurrentLegalDocuments } from './hooks/useLegalDocuments';
export { useLogout } from './hooks/useLogout';
export { usePasswordRefusalText } from './hooks/usePasswordRefusalText';
export type { AuthLayout, AuthLayoutProps } from './layout';
export {
  looksLikeEmail,
  newPasswordProblem,
  passwordLength,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type NewPasswordProblem,
} from './password';
export { passwordRefusal, type PasswordRefusal, type PasswordRefusalCode } from './passwordRefusal';
export { redirectTarget, type LoginRedirectState } from './redirect';
