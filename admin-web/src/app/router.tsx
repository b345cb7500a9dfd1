import { createAppRouter } from '@plannivo/web-kit/app';
import { appPages } from '../routes/navigation';
import { canAccess } from '../shared/lib/can';
import { env } from './env';

export const router = createAppRouter({
  basePath: env.basePath,
  pages: appPages,
  canAccess,
  login: () => import('../routes/LoginPage').then((m) => m.LoginPage),
  publicPages: [
    {
      path: '/forgot-password',
      load: () => import('../routes/ForgotPasswordPage').then((m) => m.ForgotPasswordPage),
    },
    {
      // The link in the reset mail for staff: {PUBLIC_URL}/admin/reset-password?token=…
      path: '/reset-password',
      load: () => import('../routes/ResetPasswordPage').then((m) => m.ResetPasswordPage),
    },
    {
      // The link in the invitation mail: {PUBLIC_URL}/admin/accept-invitation?token=…
      path: '/accept-invitation',
      load: () => import('../routes/AcceptInvitationPage').then((m) => m.AcceptInvitationPage),
    },
  ],
  shell: () => import('../routes/ShellLayout').then((m) => m.ShellLayout),
});
