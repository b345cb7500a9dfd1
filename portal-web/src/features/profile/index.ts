export { MarketingConsentCard } from './components/MarketingConsentCard';
export { ProfileCard } from './components/ProfileCard';
export { useSetMarketingConsent } from './hooks/useMarketingConsent';
