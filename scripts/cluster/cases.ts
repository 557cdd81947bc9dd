// (e) Unified case numbers under a burst spread over every instance: 150 applications with an
// uploaded photo (uploaded through one instance, submitted through another: FILE_STORE=db) get
// 150 distinct numbers, sequences 1…150 of the day, with no gap.
import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { type Context, send } from './context';
import { type Answer, burst, failures, ofStatus, tally } from './http';
import { conflicts, count, type Rows } from './nodes';
import { expect } from './report';
import type { Resident } from './residents';

/** 个体工商户设立登记, whose 经营场所使用相关文件 (material 3) takes photos (server/src/testing/cases-fixture.ts). */
export const SHOP_ITEM = '511A0074300001-370214';
const PREMISES_MATERIAL = 3;
const SHOP_ANSWERS = {
  useName: '使用名称',
  businessName: '青岛市城阳区老王便利店',
  organizationForm: '个人经营',
  premisesAddress: '城阳区城阳街道正阳路100号101室',
  businessScope: ['食品销售', '日用百货销售'],
  employeeCount: 2,
  capitalAmount: 5,
  licenceDelivery: '仅领取电子营业执照',
  pledge: true,
};

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([head, typed, crc]);
}

/** A small photo (PNG, 160 × 120, one colour per resident) — the server decodes and re-encodes it. */
export function photo(seed: number): Buffer {
  const [w, h] = [160, 120];
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.alloc(1 + w * 3);
  for (let x = 0; x < w; x++) row.set([(seed * 37) % 256, (seed * 91 + x) % 256, (seed * 13) % 256], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: h }, () => row));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(pixels)), pngChunk('IEND', Buffer.alloc(0))]);
}

export function upload(ctx: Context, i: number, r: Resident): Promise<Answer<{ id: string }>> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(photo(i))], { type: 'image/png' }), '租赁合同.png');
  return send<{ id: string }>(ctx, i, '/api/v1/uploads', { token: r.accessToken, form });
}

/** One photo per resident, resident i through instance i mod n; throws unless every upload succeeded. */
export async function uploadPhotos(ctx: Context, residents: Resident[], offset = 0): Promise<string[]> {
  const { answers } = await burst(
    residents.map((r, i) => () => upload(ctx, offset + i, r)),
    12,
  );
  if (ofStatus(answers, 201).length !== residents.length) throw new Error(`uploads: ${tally(answers)}`);
  return answers.map((a) => a.body.id);
}

export const submit = (ctx: Context, i: number, r: Resident, uploadId: string) =>
  send<{ case: { number: string } }>(ctx, i, '/api/v1/cases', {
    token: r.accessToken,
    headers: { 'Idempotency-Key': randomUUID() },
    body: {
      itemCode: SHOP_ITEM,
      applicant: { kind: 'individual' },
      contactPhone: '13912345678',
      answers: SHOP_ANSWERS,
      materials: [{ materialId: PREMISES_MATERIAL, uploadIds: [uploadId] }],
    },
  });

/** Problems with the day's numbering: each day's sequences must be exactly 1…n. */
export function numberingProblems(numbers: string[]): string[] {
  const byDay = new Map<string, number[]>();
  for (const n of numbers) {
    const [, day = '?', seq = 'NaN'] = n.split('-');
    byDay.set(day, [...(byDay.get(day) ?? []), Number(seq)]);
  }
  return [...byDay].flatMap(([day, seqs]) => {
    const sorted = seqs.sort((a, b) => a - b);
    return sorted.every((s, k) => s === k + 1)
      ? []
      : [`${day}: sequences are not 1…${sorted.length} (first gap or repeat after ${sorted.find((s, k) => s !== k + 1) ?? '?'})`];
  });
}

export async function caseNumbersUnderBurst(ctx: Context): Promise<void> {
  const CASES = 150;
  const residents = await ctx.residents(CASES);
  const uploads = await uploadPhotos(ctx, residents);
  ctx.report.fact(`${CASES} photos uploaded, resident i through instance i mod ${ctx.instances.length}`);
  const before = await conflicts(ctx.nodes);
  // Submitted through the NEXT instance: the file was stored through another one.
  const { answers, seconds } = await burst(residents.map((r, i) => () => submit(ctx, i + 1, r, uploads[i] ?? '')));
  const after = await conflicts(ctx.nodes);
  ctx.report.fact(
    `${CASES} submissions at once over ${ctx.instances.length} instances in ${seconds.toFixed(2)} s (${Math.round(CASES / seconds)} req/s): ${tally(answers)}`,
  );
  const retried = after.certFailures - before.certFailures + after.bfAborts - before.bfAborts;
  if (ctx.galera)
    ctx.report.fact(
      `Galera aborted ${retried} transaction(s) on the day's counter row (1213; the unit of work re-runs each, up to its limit)`,
    );
  ctx.report.check(
    `all ${CASES} submissions succeed (no 5xx)`,
    expect(ofStatus(answers, 201).length === CASES, `${tally(answers)}; ${failures(answers).length} 5xx or no answer`),
  );
  const numbers = ofStatus(answers, 201).map((a) => a.body.case.number);
  ctx.report.check(`${CASES} distinct numbers, sequences 1…${CASES} of the day`, [
    ...expect(new Set(numbers).size === numbers.length, `${numbers.length - new Set(numbers).size} duplicate number(s)`),
    ...numberingProblems(numbers),
  ]);
  const problems: string[] = [];
  for (const [n, db] of ctx.nodes.entries()) {
    const cases = await count(db, 'SELECT COUNT(*) FROM case_record');
    const materials = await count(db, 'SELECT COUNT(*) FROM case_material');
    const [seq] = await db.query<Rows>('SELECT SUM(last_value) AS n FROM case_number_sequence');
    if (cases !== CASES || materials !== CASES || Number(seq[0]?.n) !== CASES)
      problems.push(`node ${n + 1}: ${cases} cases, ${materials} materials, counters at ${seq[0]?.n}`);
  }
  ctx.report.check(`every node holds the ${CASES} cases, their materials, and counters at ${CASES}`, problems);

  // A stored photo reads the same through every instance (bytes in the database, not on one machine's disk).
  const owner = residents[0];
  if (owner) {
    const reads = await Promise.all(
      ctx.instances.map((inst) =>
        fetch(`${inst.baseUrl}/api/v1/uploads/${uploads[0]}`, { headers: { Authorization: `Bearer ${owner.accessToken}` } }),
      ),
    );
    const bodies = await Promise.all(
      reads.map(async (r) => (r.ok ? Buffer.from(await r.arrayBuffer()).toString('base64') : `HTTP ${r.status}`)),
    );
    ctx.report.check(
      'an attached photo reads back identically through every instance',
      expect(reads.every((r) => r.ok) && new Set(bodies).size === 1, bodies.map((b) => b.slice(0, 20)).join(' | ')),
    );
  }
}
