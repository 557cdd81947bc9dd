// Sending an application (online, or registered at the window) once: one Idempotency-Key per
// attempt, reused after a lost answer; one request in flight however often the button is tapped;
// the server's field problems kept under the keys the form shows them by, until that field changes.
import { useRef, useState } from 'react';
import { createSubmissionKey } from '@/lib/idempotency';
import { ApiError } from '@/lib/request';

export function useKeyedSubmit(fieldKey: (path: string) => string) {
  const keys = useRef(createSubmissionKey()).current;
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  return {
    busy,
    error,
    serverProblems,
    /** The field changed: its server problem no longer applies. */
    forget: (key: string) => setServerProblems((all) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== key))),
    /** Sends `body` with its key; `done` runs with the answer once it came back as a success. */
    async send<B, R>(body: B, request: (key: string, body: B) => Promise<R>, done: (answer: R) => Promise<unknown>) {
      if (sending.current) return;
      const key = keys.for(body);
      sending.current = true;
      setBusy(true);
      setError(null);
      try {
        const answer = await request(key, body);
        keys.succeeded();
        await done(answer);
      } catch (err) {
        keys.failed(err);
        setError(err);
        if (err instanceof ApiError && err.fieldErrors)
          setServerProblems(Object.fromEntries(Object.entries(err.fieldErrors).map(([path, list]) => [fieldKey(path), list[0] ?? ''])));
      } finally {
        sending.current = false;
        setBusy(false);
      }
    },
  };
}
