import { createAppRouter, type AppPageRoute } from '@plannivo/web-kit/app';
import { appPages } from '../routes/navigation';
import { canAccess, type Resource } from '../shared/lib/can';
import { env } from './env';

/**
 * Signed-in pages without a tab of their own: reached from the profile and the user menu, or
 * (the onboarding) by the shell's redirect after sign-up.
 */
const innerPages: readonly AppPageRoute<Resource>[] = [
  {
    path: '/onboarding',
    resource: 'profile',
    load: () => import('../routes/OnboardingPage').then((m) => m.OnboardingPage),
  },
  {
    path: '/profile/security',
    resource: 'profile',
    load: () => import('../routes/ProfileSecurityPage').then((m) => m.ProfileSecurityPage),
  },
];

export const router = createAppRouter({
  basePath: env.basePath,
  pages: [...appPages, ...innerPages],
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
