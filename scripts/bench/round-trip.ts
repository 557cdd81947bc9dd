// What one round trip to MariaDB costs on this machine, in CPU of the client (this process, mysql2
// as the API uses it) and of mariadbd, and what sending a transaction's writes in one trip would
// save. A booking that succeeds makes eight trips (the slot read, the rules read, START
// TRANSACTION, three inserts, the conditional update, COMMIT); the booking bench's CPU columns
// mix them with everything else the API does, this isolates them. One connection, one statement
// at a time, as a request does.
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';
import { MYSQL, withBenchDatabase } from './bench-db';
import { cpuMeter } from './cpu-meter';

const REPEATS = Number(process.env.ROUND_TRIP_REPEATS ?? 5000);
const USER = 'c3f1d2e4-0000-4000-8000-000000000001';

interface Shape {
  name: string;
  /** Round trips one run of `once` makes. */
  trips: number;
  once: (i: number) => Promise<void>;
}

export async function runRoundTripBench(): Promise<void> {
  const title = `\nRound trips to MariaDB — ${REPEATS} runs of each shape on one connection, one statement at a time`;
  await withBenchDatabase(title, async (database) => {
    const db = await database.connect();
    // A second connection allowed several statements per query: only to show what batching saves.
    const batched = await mysql.createConnection({ ...MYSQL, database: database.name, multipleStatements: true });
    try {
      await db.query('CREATE TABLE rt_slot (id INT PRIMARY KEY, booked INT NOT NULL, capacity INT NOT NULL) ENGINE=InnoDB');
      await db.query('CREATE TABLE rt_row (id INT PRIMARY KEY AUTO_INCREMENT, user_id CHAR(36) NOT NULL, body VARCHAR(200)) ENGINE=InnoDB');
      await db.query('INSERT INTO rt_slot VALUES (1, 0, 1000000000)');
      const insert = 'INSERT INTO rt_row (user_id, body) VALUES (?, ?)';
      const take = 'UPDATE rt_slot SET booked = booked + 1 WHERE id = ? AND booked < capacity';
      const shapes: Shape[] = [
        {
          name: 'point read (prepared)',
          trips: 1,
          once: async () => {
            await db.execute('SELECT booked, capacity FROM rt_slot WHERE id = ?', [1]);
          },
        },
        {
          name: 'transaction: begin, 3 inserts, update, commit',
          trips: 6,
          once: async (i) => {
            await db.query('START TRANSACTION');
            for (let k = 0; k < 3; k++) await db.execute(insert, [USER, `row ${i}.${k}`]);
            await db.execute(take, [1]);
            await db.query('COMMIT');
          },
        },
        {
          name: 'same transaction, writes in one trip',
          trips: 2,
          once: async (i) => {
            const rows = [0, 1, 2].map((k) => mysql.format(insert, [USER, `row ${i}.${k}`]));
            await batched.query(['START TRANSACTION', ...rows, mysql.format(take, [1])].join(';'));
            await batched.query('COMMIT');
          },
        },
      ];
      const meter = cpuMeter(0, MYSQL.port); // no server: only MariaDB and this process
      const measured: { shape: Shape; client: number; database: number; wall: number }[] = [];
      for (const shape of shapes) {
        for (let i = 0; i < 200; i++) await shape.once(i); // warm: statements prepared, pages cached
        const started = performance.now();
        const { cpu } = await meter.measure(async () => {
          for (let i = 0; i < REPEATS; i++) await shape.once(i);
        });
        const wall = (performance.now() - started) * 1000;
        measured.push({ shape, client: cpu.load / REPEATS, database: (cpu.database ?? Number.NaN) / REPEATS, wall: wall / REPEATS });
      }
      console.log(title);
      console.table(
        measured.map((m) => ({
          shape: m.shape.name,
          'round trips': m.shape.trips,
          'µs client CPU': Math.round(m.client),
          'µs MariaDB CPU': Math.round(m.database),
          'µs wall': Math.round(m.wall),
          'client + DB CPU per trip': Math.round((m.client + m.database) / m.shape.trips),
        })),
      );
      const [, apart, together] = measured;
      if (apart && together) {
        const saved = (v: 'client' | 'database' | 'wall') => Math.round(apart[v] - together[v]);
        console.log(
          `Writes in one trip saved ${saved('client')} µs of client CPU and ${saved('database')} µs of MariaDB's per transaction (${saved('wall')} µs of wall time).`,
        );
      }
    } finally {
      await batched.end();
      await db.end();
    }
  });
}
