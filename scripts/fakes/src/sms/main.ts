// Runs the fake SMS service for local development: `pnpm --filter @bianmin/fakes sms`. Point the
// API's SMS_* settings at what this prints; reports go to FAKE_SMS_RECEIPT_URL when set.
import { startFakeSms } from './server';

const port = Number(process.env.FAKE_SMS_PORT ?? 3003);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`FAKE_SMS_PORT must be a port number, got ${process.env.FAKE_SMS_PORT}`);
  process.exit(1);
}
const fake = await startFakeSms({ port, host: '127.0.0.1', receiptUrl: process.env.FAKE_SMS_RECEIPT_URL ?? null });
console.log(`fake SMS listening on ${fake.url} (AccessKeyId ${fake.accessKeyId}, sign name ${fake.signName})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
