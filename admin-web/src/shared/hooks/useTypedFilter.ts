import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

const TYPING_DELAY_MS = 300;

/**
 * A filter typed into a text box: shown as typed at once, sent (to the URL, and so the API)
 * once typing pauses. `reset` empties it without sending what was still pending.
 */
export function useTypedFilter(initial: string, send: (value: string) => void) {
  const [value, setValue] = useState(initial);
  const sendLater = useDebouncedCallback(send, TYPING_DELAY_MS);
  const type = (next: string) => {
    setValue(next);
    sendLater(next);
  };
  const reset = () => {
    sendLater.cancel();
    setValue('');
  };
  return { value, type, reset };
}
