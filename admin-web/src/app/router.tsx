import { createAppRouter } from '@plannivo/web-kit/app';
import { appPages } from '../routes/navigation';
import { canAccess } from '../shared/lib/can';
import { env } from './env';

export const router = createAppRouter({
  basePath: env.basePath,
  pages: appPages,
  canAccess,
  login: () => import('../routes/LoginPage').then((m) => m.LoginPage),
  shell: () => import('../routes/ShellLayout').then((m) => m.ShellLayout),
});
