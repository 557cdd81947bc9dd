// The case state machine: the steps of the law and of the window, and nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedCaseActions,
  applyCaseAction,
  CASE_ACTIONS,
  CASE_STATUSES,
  type CaseAction,
  type CaseState,
  isTerminalCaseStatus,
} from './case-status';

const start: CaseState = { status: 'draft', accepted: false };
const run = (actions: CaseAction[]) => actions.reduce<CaseState | null>((s, a) => (s ? applyCaseAction(s, a) : null), start);

describe('the case state machine', () => {
  it('walks the journey of the source: submitted, corrected once, accepted, reviewed, approved, concluded, delivered', () => {
    expect(run(['submit', 'request_correction', 'resubmit', 'accept', 'start_review', 'approve', 'conclude', 'deliver'])).toEqual({
      status: 'delivered',
      accepted: true,
    });
  });

  it('returns a correction during review to review, and one before acceptance to awaiting acceptance', () => {
    expect(run(['submit', 'accept', 'start_review', 'request_correction', 'resubmit'])?.status).toBe('under_review');
    expect(run(['submit', 'request_correction', 'resubmit'])?.status).toBe('resubmitted');
  });

  it('lets the applicant withdraw before a decision, never after', () => {
    expect(run(['submit', 'accept', 'start_review', 'withdraw'])?.status).toBe('withdrawn');
    expect(run(['submit', 'accept', 'start_review', 'approve', 'withdraw'])).toBeNull();
    expect(run(['submit', 'not_accept', 'withdraw'])).toBeNull();
  });

  it('accepts a case that was not acted on in time (deemed acceptance) only while it awaits acceptance', () => {
    expect(run(['submit', 'deem_accepted'])).toEqual({ status: 'accepted', accepted: true });
    expect(run(['submit', 'accept', 'deem_accepted'])).toBeNull();
  });

  it('never leaves the machine, whatever actions are tried', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CASE_ACTIONS), { maxLength: 30 }), (actions) => {
        let state = start;
        for (const a of actions) {
          const next = applyCaseAction(state, a);
          expect(next === null || CASE_STATUSES.includes(next.status)).toBe(true);
          if (next) expect(allowedCaseActions(state.status, state)).toContain(a);
          if (next) state = next;
        }
        if (isTerminalCaseStatus(state.status)) expect(allowedCaseActions(state.status, state)).toEqual([]);
      }),
    );
  });

  it('can end in a terminal status from every status it can reach', () => {
    const seen = new Map<string, CaseState>();
    const queue: CaseState[] = [start];
    while (queue.length) {
      const s = queue.shift()!;
      const key = `${s.status}:${s.accepted}`;
      if (seen.has(key)) continue;
      seen.set(key, s);
      for (const a of allowedCaseActions(s.status, s)) queue.push(applyCaseAction(s, a)!);
    }
    for (const s of seen.values()) {
      const reach: CaseState[] = [s];
      const visited = new Set<string>();
      let terminal = false;
      while (reach.length && !terminal) {
        const x = reach.pop()!;
        if (isTerminalCaseStatus(x.status)) terminal = true;
        const k = `${x.status}:${x.accepted}`;
        if (visited.has(k)) continue;
        visited.add(k);
        for (const a of allowedCaseActions(x.status, x)) reach.push(applyCaseAction(x, a)!);
      }
      expect(terminal, s.status).toBe(true);
    }
    expect(seen.size).toBeGreaterThanOrEqual(CASE_STATUSES.length);
  });
});
