// Running one step on a case from a form: busy while it runs, the server's Chinese message when it
// refuses (a 409 offers to reload the case), its field errors next to their fields.
import { useState } from 'react';
import type { Me } from '@bianmin/shared/identity/auth.schema';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { messageOf } from '@/lib/request';
import { fieldErrorsOf, isStale } from '../../case-api';

/** What a step's form needs from the case page. */
export interface StepHost {
  c: StaffCase;
  me: Me;
  /** The case as the server now has it, and the words that tell the step went through. */
  done: (next: StaffCase, message: string) => void;
  cancel: () => void;
  reload: () => void;
}

export type StepFailure = { message: string; stale: boolean } | null;

export function useStep(host: StepHost) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StepFailure>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function run(step: (number: string) => Promise<StaffCase>, message: string) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    setFieldErrors({});
    try {
      host.done(await step(host.c.number), message); // the form closes
    } catch (err) {
      setFieldErrors(fieldErrorsOf(err));
      setFailure({ message: messageOf(err), stale: isStale(err) });
      setBusy(false);
    }
  }

  /** Checks made before sending: field → message; true when there are none. */
  function check(problems: Record<string, string | null>): boolean {
    const found = Object.fromEntries(Object.entries(problems).filter((e): e is [string, string] => e[1] !== null));
    setFieldErrors(found);
    setFailure(null);
    return Object.keys(found).length === 0;
  }

  return { busy, failure, fieldErrors, run, check };
}

/** Required text: the message when blank or too long, else null. */
export function required(value: string, what: string, max: number): string | null {
  const v = value.trim();
  if (!v) return `请填写${what}`;
  return v.length > max ? `${what}不能超过${max}个字` : null;
}
