/**
 * Runs an asynchronous analysis whenever its key changes: the latest key wins (results of
 * older runs are dropped), superseded runs (AbortError) are not errors.
 */
import { useEffect, useState } from 'react';

export type AnalysisState<T> =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; value: T }
  | { status: 'error'; message: string };

/**
 * @param run Starts the analysis; null = nothing to run (state 'idle').
 * @param key Identity of the run: a new key starts a new run.
 */
export function useAnalysis<T>(run: (() => Promise<T>) | null, key: string): AnalysisState<T> {
  const [state, setState] = useState<{ key: string; value: AnalysisState<T> }>({
    key: '',
    value: { status: 'idle' },
  });
  useEffect(() => {
    if (!run) return;
    let current = true;
    run().then(
      (value) => {
        if (current) setState({ key, value: { status: 'done', value } });
      },
      (error: unknown) => {
        if (!current || (error instanceof Error && error.name === 'AbortError')) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ key, value: { status: 'error', message } });
      },
    );
    return () => {
      current = false;
    };
    // The key stands for `run`: a new closure with the same key is the same analysis.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!run) return { status: 'idle' };
  return state.key === key ? state.value : { status: 'running' };
}
