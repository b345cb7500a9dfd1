import { describe, expect, it, vi } from 'vitest';
import {
  consentAcceptances,
  onConsentAccepted,
  onConsentRequired,
  reportConsentAccepted,
  reportConsentRequired,
} from './consentSignal';

describe('consent signal', () => {
  it('calls every listener on each report until it unsubscribes', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = onConsentRequired(first);
    const stopSecond = onConsentRequired(second);

    reportConsentRequired();
    stopFirst();
    reportConsentRequired();
    stopSecond();
    reportConsentRequired();

    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('lets a listener unsubscribe while being called', () => {
    const calls: string[] = [];
    const stop = onConsentRequired(() => {
      calls.push('a');
      stop();
    });
    const stopB = onConsentRequired(() => calls.push('b'));
    reportConsentRequired();
    reportConsentRequired();
    stopB();
    expect(calls).toEqual(['a', 'b', 'b']);
  });

  it('counts acceptances and tells their listeners, not the refusal listeners', () => {
    const accepted = vi.fn();
    const required = vi.fn();
    const stopAccepted = onConsentAccepted(accepted);
    const stopRequired = onConsentRequired(required);
    const before = consentAcceptances();

    reportConsentAccepted();

    expect(consentAcceptances()).toBe(before + 1);
    expect(accepted).toHaveBeenCalledTimes(1);
    expect(required).not.toHaveBeenCalled();
    stopAccepted();
    stopRequired();
  });
});
