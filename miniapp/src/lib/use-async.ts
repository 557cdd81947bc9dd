import { useEffect, useState, type DependencyList } from 'react';

export type AsyncState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ok'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown };

/** Loads once per `deps` change; `reload()` retries. Answers to superseded loads are dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> & { reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  // Each answer keeps the request (`deps` and attempt) it answers. Until the current request's
  // answer arrives the state is loading: derived here, not set by the effect.
  const [answer, setAnswer] = useState<{ request: DependencyList; state: AsyncState<T> } | null>(null);
  const request = [...deps, attempt];
  const state: AsyncState<T> = answer && sameRequest(answer.request, request) ? answer.state : { status: 'loading' };

  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setAnswer({ request, state: { status: 'ok', data } }),
      (error: unknown) => live && setAnswer({ request, state: { status: 'error', error } }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what `load` reads, as it would for useEffect
  }, [...deps, attempt]);

  return { ...state, reload: () => setAttempt((n) => n + 1) };
}

/** The comparison React makes for effect dependencies. */
function sameRequest(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
