/**
 * Options shared by long operations (reading, matching, layout): a progress callback
 * and an abort signal. Work runs in slices and yields to the event loop between them, so
 * the UI can paint a progress bar and a cancel button. Aborting rejects with the
 * signal's reason (a DOMException named AbortError unless the caller gave another).
 */

export interface LongTaskOptions {
  /** Called with the fraction done, 0..1, at least at the start and the end. */
  onProgress?: ((fraction: number) => void) | undefined;
  /** Aborts the operation; the promise then rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
}

/** Throws the signal's reason when it has been aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  signal?.throwIfAborted();
}

/** Yields to the event loop (a macrotask), then checks the signal. */
export async function pause(signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  throwIfAborted(signal);
}

/** True when the error is the abort of the given signal (to rethrow it unchanged). */
export function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true && error === signal.reason;
}
