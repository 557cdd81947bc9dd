// Runs the fake courier for local development: `pnpm --filter @bianmin/fakes courier`.
// Point the API's COURIER_API_BASE_URL and COURIER_API_KEY at what this prints.
import { FAKE_COURIER_API_KEY, startFakeCourier } from './server';

const port = Number(process.env.FAKE_COURIER_PORT ?? 3002);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`FAKE_COURIER_PORT must be a port number, got ${process.env.FAKE_COURIER_PORT}`);
  process.exit(1);
}
const fake = await startFakeCourier({
  port,
  host: '127.0.0.1', // never reachable from outside: it stores the names, phones and addresses it is sent
  apiKey: process.env.FAKE_COURIER_API_KEY ?? FAKE_COURIER_API_KEY,
});
console.log(`fake courier listening on ${fake.url}`);
console.log(
  `  move a parcel along: POST ${fake.url}/__fake/waybills/<waybillNo>/advance {"status":"IN_TRANSIT"|"DELIVERING"|"DELIVERED"|"RETURNED"}`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
