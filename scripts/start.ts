// `npm start` runs this last: the fake WeChat server (so sign-in works locally and on H5), the fake
// courier (so certificates can be posted), the fake SMS service (notifications), and the API
// serving the H5 build, wired together; Ctrl-C stops them all.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startFakeWechat } from '@bianmin/fakes/wechat';
import { startFakeCourier } from '@bianmin/fakes/courier';
import { startFakeSms } from '@bianmin/fakes/sms';
import { REPO_ROOT } from './lib/server-process';

const fake = await startFakeWechat({ port: Number(process.env.FAKE_WECHAT_PORT ?? 3001) });
console.log(`Fake WeChat (development sign-in) at ${fake.url}`);
const courier = await startFakeCourier({ port: Number(process.env.FAKE_COURIER_PORT ?? 3002) });
console.log(`Fake courier (posting certificates) at ${courier.url}`);
// Its delivery reports go to the API this script starts (PORT, 3000 by default).
const sms = await startFakeSms({
  port: Number(process.env.FAKE_SMS_PORT ?? 3003),
  receiptUrl: `http://127.0.0.1:${process.env.PORT ?? '3000'}/api/v1/notifications/receipts/sms`,
});
console.log(`Fake SMS (notifications) at ${sms.url}`);
const server = spawn(join(REPO_ROOT, 'server/node_modules/.bin/tsx'), ['src/main.ts'], {
  cwd: join(REPO_ROOT, 'server'),
  stdio: 'inherit',
  env: {
    ...process.env,
    WECHAT_API_BASE_URL: fake.url,
    WECHAT_APP_ID: fake.appId,
    WECHAT_APP_SECRET: fake.appSecret,
    COURIER_API_BASE_URL: courier.url,
    COURIER_API_KEY: courier.apiKey,
    SMS_API_BASE_URL: sms.url,
    SMS_ACCESS_KEY_ID: sms.accessKeyId,
    SMS_ACCESS_KEY_SECRET: sms.accessKeySecret,
    SMS_SIGN_NAME: sms.signName,
  },
});
const stop = (signal: NodeJS.Signals) => {
  server.kill(signal);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  void Promise.all([fake.close(), courier.close(), sms.close()]).finally(() => process.exit(code ?? 0));
});
