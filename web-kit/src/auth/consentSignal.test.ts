import { describe, expect, it, vi } from 'vitest';
import { onConsentRequired, reportConsentRequired } from './consentSignal';

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
});
