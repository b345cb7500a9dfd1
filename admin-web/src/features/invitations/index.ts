export { AcceptInvitationScreen } from './components/AcceptInvitationScreen';
export { InvitationsView } from './components/InvitationsView';
export { InviteStaffModal } from './components/InviteStaffModal';
export { useInviteDialog } from './hooks/useInviteDialog';
