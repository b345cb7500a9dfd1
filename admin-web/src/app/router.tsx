import { createAppRouter, type AppPageRoute } from '@plannivo/web-kit/app';
import { appPages } from '../routes/navigation';
import { canAccess, type Resource } from '../shared/lib/can';
import { env } from './env';

/**
 * Signed-in pages outside the side navigation: the user menu links to them. Every staff role
 * has its own account.
 */
const menuPages: readonly AppPageRoute<Resource>[] = [
  {
    path: '/account',
    resource: 'adminApp',
    load: () => import('../routes/AccountPage').then((m) => m.AccountPage),
  },
];

/**
 * Signed-in pages reached from a list rather than the menu: the menu entry of their list
 * (`/customers`) stays highlighted, and they take its access rule.
 */
const detailPages: readonly AppPageRoute<Resource>[] = [
  {
    path: '/calendar/archived',
    resource: 'calendar',
    load: () => import('../routes/ArchivedBookingsPage').then((m) => m.ArchivedBookingsPage),
  },
  {
    path: '/customers/:id',
    resource: 'customers',
    load: () => import('../routes/CustomersDetailPage').then((m) => m.CustomersDetailPage),
  },
  {
    path: '/instructors/:id',
    resource: 'instructors',
    load: () => import('../routes/InstructorDetailPage').then((m) => m.InstructorDetailPage),
  },
  {
    path: '/locations/:id',
    resource: 'locations',
    load: () => import('../routes/LocationDetailPage').then((m) => m.LocationDetailPage),
  },
  {
    path: '/rentals/new',
    resource: 'rentalDesk',
    load: () => import('../routes/RentalCheckoutPage').then((m) => m.RentalCheckoutPage),
  },
  {
    path: '/rentals/:id',
    resource: 'rentals',
    load: () => import('../routes/RentalDetailPage').then((m) => m.RentalDetailPage),
  },
  {
    path: '/equipment/:id',
    resource: 'equipment',
    load: () => import('../routes/EquipmentDetailPage').then((m) => m.EquipmentDetailPage),
  },
  {
    path: '/bookings/:id',
    resource: 'bookings',
    load: () => import('../routes/BookingDetailPage').then((m) => m.BookingDetailPage),
  },
];

export const router = createAppRouter({
  basePath: env.basePath,
  pages: [...appPages, ...detailPages, ...menuPages],
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
