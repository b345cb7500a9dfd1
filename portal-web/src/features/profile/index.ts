export { MyProfile } from './components/MyProfile';
export { SecurityLinkCard } from './components/SecurityLinkCard';
export * from './details';
export { useSetMarketingConsent } from './hooks/useMarketingConsent';
