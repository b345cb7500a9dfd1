export { createAppRouter, type AppPageRoute, type AppRouterOptions } from './createAppRouter';
export { renderApp } from './renderApp';
export { theme } from './theme';
