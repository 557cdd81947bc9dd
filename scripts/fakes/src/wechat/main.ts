// Runs the fake WeChat for local development and the H5 build: `pnpm --filter @bianmin/fakes wechat`.
// Point the API's WeChat base URL, app id and secret at what this prints.
import { startFakeWechat } from './server';

const port = Number(process.env.FAKE_WECHAT_PORT ?? 3001);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`FAKE_WECHAT_PORT must be a port number, got ${process.env.FAKE_WECHAT_PORT}`);
  process.exit(1);
}
const fake = await startFakeWechat({
  port,
  host: '127.0.0.1', // never reachable from outside: it hands out login codes to anyone who asks
  appId: process.env.FAKE_WECHAT_APP_ID ?? 'wxfake0000000000',
  appSecret: process.env.FAKE_WECHAT_APP_SECRET ?? 'fake-secret',
});
console.log(`fake WeChat listening on ${fake.url} (appid ${fake.appId})`);
console.log(`  login code: POST ${fake.url}/__fake/login-codes {"openid":"…"}`);
console.log(`  phone code: POST ${fake.url}/__fake/phone-codes {"phoneNumber":"13800000000"}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
