export type { SessionFieldsFragment } from '../gql/graphql';
export { ChangePasswordPanel } from './components/ChangePasswordPanel';
export { SignedInDevicesPanel } from './components/SignedInDevicesPanel';
export { useChangePassword } from './hooks/useChangePassword';
export { useDeviceName } from './hooks/useDeviceName';
export { useMySessions } from './hooks/useMySessions';
export { useRevokeOtherSessions, useRevokeSession } from './hooks/useRevokeSessions';
export {
  changePasswordFailure,
  changePasswordProblems,
  type ChangePasswordFailure,
  type ChangePasswordProblems,
} from './changePassword';
export { formatLastActive, formatSessionDate, isActiveNow } from './sessionTime';
export { orderSessions } from './sessions';
export {
  describeUserAgent,
  type BrowserName,
  type DeviceDescription,
  type DeviceKind,
  type OsName,
} from './userAgent';
