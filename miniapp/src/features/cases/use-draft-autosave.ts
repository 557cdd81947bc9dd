import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DraftInput } from '@bianmin/shared/cases/case.schema';
import { saveDraft } from './api';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Saves the draft (草稿) on the server once it has stopped changing for `delayMs`, at once on
 * `flush()` (leaving a step) and when the page closes — so the resident can resume on another
 * device. What was opened is not saved back; `stop()` after submission (the server deleted it).
 */
export function useDraftAutosave(itemCode: string, draft: DraftInput, delayMs = 1500) {
  const fingerprint = JSON.stringify(draft);
  const [status, setStatus] = useState<DraftStatus>('idle');
  const saved = useRef(fingerprint);
  const latest = useRef({ fingerprint, draft });
  const stopped = useRef(false);
  useLayoutEffect(() => {
    latest.current = { fingerprint, draft };
  });

  const flush = useCallback(() => {
    const next = latest.current;
    if (stopped.current || next.fingerprint === saved.current) return;
    saved.current = next.fingerprint;
    setStatus('saving');
    saveDraft(itemCode, next.draft).then(
      () => setStatus('saved'),
      () => {
        saved.current = ''; // try again with the next change
        setStatus('failed');
      },
    );
  }, [itemCode]);

  useEffect(() => {
    const timer = setTimeout(flush, delayMs);
    return () => clearTimeout(timer);
  }, [fingerprint, flush, delayMs]);
  useEffect(() => flush, [flush]);

  const stop = useCallback(() => {
    stopped.current = true;
  }, []);
  return { status, flush, stop };
}
