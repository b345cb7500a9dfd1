import type { ComponentType, ReactNode } from 'react';

/**
 * The frame of an app's public account pages (sign-in, forgot and reset password, sign-up):
 * each app draws its own; the shared screens fill in the heading and the form.
 */
export interface AuthLayoutProps {
  /** The page's one h1; the sign-in title when absent. */
  title?: string;
  subtitle?: string;
  children: ReactNode;
}

export type AuthLayout = ComponentType<AuthLayoutProps>;
