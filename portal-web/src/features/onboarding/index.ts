export { OnboardingFrame } from './components/OnboardingFrame';
export { OnboardingWizard } from './components/OnboardingWizard';
export { useOnboarding, useOnboardingStatus } from './hooks/useOnboarding';
export { isOnboardingPending } from './steps';
