export { MarketingConsentCard } from './components/MarketingConsentCard';
export { ProfileCard } from './components/ProfileCard';
export { SecurityLinkCard } from './components/SecurityLinkCard';
export { useSetMarketingConsent } from './hooks/useMarketingConsent';
