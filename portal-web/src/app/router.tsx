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
    { path: '/signup', load: () => import('../routes/SignupPage').then((m) => m.SignupPage) },
    {
      path: '/forgot-password',
      load: () => import('../routes/ForgotPasswordPage').then((m) => m.ForgotPasswordPage),
    },
    {
      // The link in the reset mail for students and customers:
      // {PUBLIC_URL}/portal/reset-password?token=…
      path: '/reset-password',
      load: () => import('../routes/ResetPasswordPage').then((m) => m.ResetPasswordPage),
    },
  ],
  shell: () => import('../routes/ShellLayout').then((m) => m.ShellLayout),
});
