export {
  createAppRouter,
  type AppPageRoute,
  type AppRouterOptions,
  type PublicPageRoute,
} from './createAppRouter';
export { renderApp } from './renderApp';
export { theme } from './theme';
