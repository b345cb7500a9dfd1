import { describe, expect, it } from 'vitest';
import { furthestStep, isOnboardingPending, nextStep, previousStep } from './steps';

describe('onboarding steps', () => {
  it.each([
    ['PROFILE', 'SKILLS'],
    ['SKILLS', 'EMERGENCY'],
    ['EMERGENCY', 'PREFERENCES'],
    ['PREFERENCES', 'DONE'],
  ] as const)('goes from %s to %s', (from, to) => {
    expect(nextStep(from)).toBe(to);
  });

  it('has nothing before the first step', () => {
    expect(previousStep('PROFILE')).toBeUndefined();
    expect(previousStep('SKILLS')).toBe('PROFILE');
  });

  it.each([
    [null, false],
    [undefined, false],
    ['DONE', false],
    ['PROFILE', true],
    ['PREFERENCES', true],
  ] as const)('treats %s as pending: %s', (step, pending) => {
    expect(isOnboardingPending(step)).toBe(pending);
  });

  it('never moves the saved progress backwards', () => {
    expect(furthestStep('EMERGENCY', 'SKILLS')).toBe('EMERGENCY');
    expect(furthestStep('SKILLS', 'EMERGENCY')).toBe('EMERGENCY');
    expect(furthestStep('PREFERENCES', 'DONE')).toBe('DONE');
    expect(furthestStep('DONE', 'SKILLS')).toBe('DONE');
  });
});
