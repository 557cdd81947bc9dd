// The fake SMS service's delivery reports (Aliyun SmsReport): once a message is accepted, its report
// is pushed — a JSON array, several reports per push — to the configured callback, and pushed again
// later until the receiver answers exactly {"code":0,"msg":"成功"}; after the last retry it is
// dropped, as the provider does.

export interface FakeSmsReport {
  phone_number: string;
  /** `yyyy-MM-dd HH:mm:ss`, China Standard Time, as the provider writes it. */
  send_time: string;
  report_time: string;
  success: boolean;
  err_code: string;
  err_msg: string;
  sms_size: string;
  biz_id: string;
  out_id: string;
}
export interface ReceiptPush {
  reports: FakeSmsReport[];
  /** HTTP status of the answer (0: no answer). */
  status: number;
  answer: string;
  acknowledged: boolean;
}
interface Entry {
  report: FakeSmsReport;
  attempts: number;
  dueAt: number;
}

const BATCH = 100;
const chinaTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

function acknowledged(status: number, text: string): boolean {
  if (status !== 200) return false;
  try {
    const body = JSON.parse(text) as { code?: unknown; msg?: unknown };
    return body.code === 0 && body.msg === '成功';
  } catch {
    return false;
  }
}

export function createReceipts(opts: { url: string | null; delayMs: number; retryDelaysMs: number[] }) {
  let url = opts.url;
  let queue: Entry[] = [];
  const pushes: ReceiptPush[] = [];
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!url || !queue.length) return;
    const wait = Math.max(0, Math.min(...queue.map((e) => e.dueAt)) - Date.now());
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, wait);
    timer.unref();
  }

  async function pushDue(): Promise<void> {
    const target = url;
    // At most BATCH reports a push, like the provider's batch push (and within the API's 64 KB body limit).
    const due = queue.filter((e) => e.dueAt <= Date.now()).slice(0, BATCH);
    if (!target || !due.length) return;
    const reports = due.map((e) => e.report);
    let status = 0;
    let text = '';
    try {
      const res = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(reports),
        signal: AbortSignal.timeout(5_000),
      });
      status = res.status;
      text = await res.text();
    } catch {
      /* no answer: retried like a refusal */
    }
    const ok = acknowledged(status, text);
    pushes.push({ reports, status, answer: text, acknowledged: ok });
    for (const e of due) {
      e.attempts += 1;
      const retryIn = opts.retryDelaysMs[e.attempts - 1];
      if (ok || retryIn === undefined) queue = queue.filter((q) => q !== e);
      else e.dueAt = Date.now() + retryIn;
    }
  }

  async function pushAllDue(): Promise<void> {
    // One batch after another while any is due (and the receiver keeps acknowledging).
    for (let before = Infinity; ;) {
      const due = queue.filter((e) => e.dueAt <= Date.now()).length;
      if (!due || due >= before) return;
      before = due;
      await pushDue();
    }
  }

  function run(): Promise<void> {
    running = running.then(pushAllDue).finally(schedule);
    return running;
  }

  return {
    pushes,
    accepted(
      m: { phoneNumber: string; bizId: string; outId: string | null; params: Record<string, string>; receivedAt: Date },
      failCode: string | null,
    ) {
      const sent = m.receivedAt.getTime();
      const length = Object.values(m.params).join('').length + 20;
      queue.push({
        attempts: 0,
        dueAt: sent + opts.delayMs,
        report: {
          phone_number: m.phoneNumber,
          send_time: chinaTime(sent),
          report_time: chinaTime(sent + opts.delayMs),
          success: !failCode,
          err_code: failCode ?? 'DELIVERED',
          err_msg: failCode ? '用户接收失败' : '用户接收成功',
          // Long messages are split in 67-character parts and billed per part.
          sms_size: String(length <= 70 ? 1 : Math.ceil(length / 67)),
          biz_id: m.bizId,
          out_id: m.outId ?? '',
        },
      });
      schedule();
    },
    setUrl(next: string | null) {
      url = next;
      schedule();
    },
    async flush() {
      for (const e of queue) e.dueAt = Math.min(e.dueAt, Date.now());
      await run();
    },
    pending: () => queue.map((e) => e.report),
    reset() {
      queue = [];
      pushes.length = 0;
      schedule();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      queue = [];
    },
  };
}
