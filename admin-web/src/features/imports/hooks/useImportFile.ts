import { useCallback, useRef, useState } from 'react';
import type { ImportKind, ImportReport } from '../kinds';
import { uploadImport, type ImportFailure } from '../upload';

export type ImportPhase = 'idle' | 'checking' | 'checked' | 'committing' | 'committed';

interface State {
  file: File | null;
  phase: ImportPhase;
  report: ImportReport | null;
  failure: ImportFailure | null;
}

const IDLE: State = { file: null, phase: 'idle', report: null, failure: null };

/**
 * One file through the import: `choose` checks it at once (a dry run, nothing written), then
 * `commit` sends it again for real and keeps what was written. A response that arrives after
 * the user moved on (another file, another kind) is dropped.
 */
export function useImportFile(kind: ImportKind) {
  const [state, setState] = useState<State>(IDLE);
  const latest = useRef(0);

  const run = useCallback(
    async (file: File, dryRun: boolean, allOrNothing: boolean) => {
      const request = ++latest.current;
      setState((s) => ({
        file,
        phase: dryRun ? 'checking' : 'committing',
        report: dryRun ? null : s.report,
        failure: null,
      }));
      const result = await uploadImport(kind, file, { dryRun, allOrNothing });
      if (request !== latest.current) return;
      setState((s) =>
        result.ok
          ? {
              file,
              phase: dryRun ? 'checked' : 'committed',
              report: result.report,
              failure: null,
            }
          : // A refused commit keeps the dry run's report on screen.
            { file, phase: dryRun ? 'idle' : 'checked', report: s.report, failure: result.failure },
      );
    },
    [kind],
  );

  return {
    ...state,
    choose: useCallback((file: File | null) => file && run(file, true, false), [run]),
    commit: useCallback(
      (allOrNothing: boolean) => state.file && run(state.file, false, allOrNothing),
      [run, state.file],
    ),
    reset: useCallback(() => {
      latest.current += 1;
      setState(IDLE);
    }, []),
  };
}
