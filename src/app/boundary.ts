import type { Translate } from '../ui/messages';

/** Runs `fn`; a failure is reported to the boundary instead of escaping. */
export type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

export interface Boundary {
  /** Wraps a callback (store listener, animation frame, DOM or map event) so it never throws out. */
  guard: Guard;
  /** Reports a failure: logged for developers, a short contained message for readers. */
  fail(e: unknown): void;
  /** Catches a promise's failure (exports, lazy loads). */
  settle(p: Promise<unknown>): void;
  /** True once a failure was shown (the status line then keeps its message). */
  failed(): boolean;
}

/**
 * The page's one error boundary, at the composition root: load failures, store listeners, the
 * animation loop, exports and the map's own `error` events end here. The host article never sees an
 * exception from the atlas; the reader sees a short message in the status line; developers find the
 * error in the console.
 */
export function createBoundary(status: HTMLElement, tr: Translate): Boundary {
  let failed = false;
  const fail = (e: unknown) => {
    console.error(e);
    if (failed) return;
    failed = true;
    // Readers get plain words; the technical reason stays for developers (console, data-error).
    status.textContent = tr('loadFailed');
    status.dataset.error = e instanceof Error ? e.message : String(e);
    status.setAttribute('role', 'alert');
  };
  const guard: Guard =
    (fn) =>
    (...args) => {
      try {
        fn(...args);
      } catch (e) {
        fail(e);
      }
    };
  return { guard, fail, settle: (p) => void p.catch(fail), failed: () => failed };
}
