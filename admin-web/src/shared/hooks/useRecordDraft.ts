import { useState } from 'react';

/**
 * A form's draft of a record and what it changes. While nothing is typed, the draft follows
 * the record (another desk's change arriving); once edited, it stays as typed. `changes` is
 * null when the draft says what the record says.
 */
export function useRecordDraft<R, D extends object, C>(
  record: R,
  draftOf: (record: R) => D,
  changesOf: (record: R, draft: D) => C | null,
) {
  const [base, setBase] = useState(record);
  const [draft, setDraft] = useState<D>(() => draftOf(record));

  // Follow the record while the form is untouched (adjusting state during render).
  if (record !== base && changesOf(base, draft) === null) {
    setBase(record);
    setDraft(draftOf(record));
  }

  const set = <K extends keyof D>(key: K, value: D[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  return {
    draft,
    set,
    changes: changesOf(record, draft),
    /** Back to what the record says. */
    discard: () => setDraft(draftOf(record)),
    /** The saved record becomes the draft's new starting point. */
    saved: (next: R) => {
      setBase(next);
      setDraft(draftOf(next));
    },
  };
}
