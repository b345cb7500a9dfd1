import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { explainRefusal, readRefusal, type RefusalContext } from '../refusals';

/**
 * Turns a refused change into sentences in the user's language: clashes and instructor
 * reasons in words, anything else as the generic message for its code.
 */
export function useExplainRefusal() {
  const { t } = useTranslation('calendar');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  return useCallback(
    (error: unknown, context: Omit<RefusalContext, 'language'>): string[] =>
      explainRefusal(readRefusal(error), { ...context, language }, t) ?? [errorText(error)],
    [t, language, errorText],
  );
}
