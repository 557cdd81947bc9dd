// Zod-free rules of the hall queue (排队叫号), shared by the server and the mini-app.
//
// Window groups: a hall numbers its windows A01, A02, B01 …; the letters name the group, and
// every window of a group calls from one queue (A023 is called by whichever A window is free).
// Halls whose windows carry no letter (a street hall's 01, 02) are one group, A.
// Queue numbers are the group letter and three digits, restarting at 001 each day.

export const QUEUE_STATUSES = ['waiting', 'called', 'done', 'skipped'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
export const QUEUE_STATUS_LABEL: Record<QueueStatus, string> = {
  waiting: '等候中',
  called: '请到窗口',
  done: '已办结',
  skipped: '已过号',
};

export const QUEUE_KINDS = ['appointment', 'walk_in'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

/** The group of a window number: its leading letters (upper case), or A when it has none. */
export function windowGroup(windowNumber: string): string {
  const letters = /^[A-Za-z]+/.exec(windowNumber.trim());
  return letters ? letters[0].toUpperCase() : 'A';
}

/** A023: the group letter and the day's sequence, three digits (a thousandth visitor reads A1000). */
export function formatQueueNumber(group: string, sequence: number): string {
  return `${group}${String(sequence).padStart(3, '0')}`;
}

/** How a wait estimate reads: it is an estimate, and says so. */
export function waitEstimateText(minutes: number | null): string {
  if (minutes === null) return '暂无足够数据估算等候时间';
  if (minutes <= 1) return '预计很快叫到您（估算）';
  return `预计等候约 ${minutes} 分钟（按近期平均办理时长估算）`;
}
