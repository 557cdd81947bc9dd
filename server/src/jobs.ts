// Periodic work every instance runs: retention purges, uploads never attached to a case (after a
// day), appointment reminders, and — unless NOTIFICATION_WORKER=off because dedicated worker
// processes deliver — the notification worker. Each job is safe to run on several instances at once (deletes
// by age, conditionally; reminders deduplicated by key).
import type { Logger } from 'pino';
import { runNotificationWorker } from './modules/notifications/index';
import type { Services } from './services';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export function startJobs(services: Services, logger: Logger, opts: { notificationWorker: 'in-process' | 'off' }): () => void {
  const every = (name: string, ms: number, job: () => Promise<number>) => {
    const run = () =>
      job()
        .then((n) => {
          if (n) logger.info({ job: name, n }, 'job done');
        })
        .catch((err: unknown) => logger.error({ err, job: name }, 'job failed'));
    void run();
    const timer = setInterval(() => void run(), ms);
    timer.unref();
    return () => clearInterval(timer);
  };
  const notifying = new AbortController();
  if (opts.notificationWorker === 'in-process') {
    void runNotificationWorker(services.notifications.worker(), {
      idleMs: 1_000,
      signal: notifying.signal,
      onError: (err) => logger.error({ err, job: 'notifications' }, 'job failed'),
    });
  }
  const stops = [
    () => notifying.abort(),
    every('audit retention purge', DAY_MS, () => services.platform.audit.purgeExpired()),
    every('idempotency record purge', HOUR_MS, () => services.platform.idempotency.purgeExpired()),
    every('unattached upload purge', HOUR_MS, () => services.uploads.purgeUnattached()),
    every('deemed acceptance (第三十二条)', HOUR_MS, () => services.cases.handling.recordDeemedAcceptances()),
    every('posted results tracking', 10 * 60_000, () => services.cases.handling.trackPostedResults()),
    every('deadline alerts (超时警告, 红牌)', 10 * 60_000, () => services.cases.recordDeadlineAlerts()),
    services.appointments.startReminders((err) => logger.error({ err }, 'appointment reminders failed')),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
