// Shared set-up for case and upload tests: real files of every kind a resident (or an attacker)
// sends, an upload over HTTP, and a complete application for 个体工商户设立登记.
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import {
  type ApplicationForm,
  checkDigitOf,
  creditCodeCheckChar,
  type FormFieldType,
  type SubmitCaseRequest,
  type SubmittedCase,
  type Upload,
  visibleFields,
} from '@bianmin/shared';
import { CaseEntity, CaseTimelineEntity } from '../modules/cases/entities';
import type { TestApp } from './harness';

export const SHOP_ITEM = '511A0074300001-370214';
/** 经营场所使用相关文件: required, photos or PDF, up to 10 files. */
export const PREMISES_MATERIAL = 3;

/** A phone photo with the position of where it was taken in its EXIF (as phones write it). */
export function photoWithGps(colour = '#88aacc'): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: colour } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'GPS-1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 18/1 2/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 22/1 5/1' },
    })
    .toBuffer();
}

export async function pdf(pages = 2): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`Page ${i + 1}`, { x: 50, y: 780 });
  return Buffer.from(await doc.save());
}

/** A PDF whose trailer names an encryption dictionary, as a password-protected export does. */
export function encryptedPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    '<< /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([head, typed, crc]);
}

/** A decompression bomb: a tiny PNG whose header claims 60000 × 60000 pixels (3.6 billion). */
export function pngBomb(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(60_000, 0);
  ihdr.writeUInt32BE(60_000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = deflateSync(Buffer.alloc(60_001 * 64)); // the first rows, all zero; the rest "missing"
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Windows program with a photo's name. */
export function exeNamedJpg(): Buffer {
  const exe = Buffer.alloc(4096);
  exe.write('MZ', 0, 'latin1');
  exe.writeUInt32LE(128, 0x3c);
  exe.write('PE\0\0', 128, 'latin1');
  return exe;
}

export async function uploadFile(app: TestApp, token: string, bytes: Buffer, name: string, type = 'image/jpeg') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await app.raw('/api/v1/uploads', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Upload & { code?: string; message?: string } };
}

export const shopAnswers = () => ({
  useName: '使用名称',
  businessName: '青岛市城阳区老王便利店',
  organizationForm: '个人经营',
  premisesAddress: '城阳区城阳街道正阳路100号101室',
  businessScope: ['食品销售', '日用百货销售'],
  employeeCount: 2,
  capitalAmount: 5,
  licenceDelivery: '仅领取电子营业执照',
  pledge: true,
});

export function shopApplication(uploadIds: string[], extra: Partial<SubmitCaseRequest> = {}): SubmitCaseRequest {
  return {
    itemCode: SHOP_ITEM,
    applicant: { kind: 'individual' },
    contactPhone: '13912345678',
    answers: shopAnswers(),
    materials: [{ materialId: PREMISES_MATERIAL, uploadIds, certificateNumbers: [] }],
    ...extra,
  };
}

export function submit(app: TestApp, token: string, body: unknown, key: string) {
  return app.send<SubmittedCase & { code?: string; fieldErrors?: Record<string, string[]> }>('/api/v1/cases', body, {
    token,
    headers: { 'Idempotency-Key': key },
  });
}

/**
 * What the window's 补正 will write (the window side of a case is the next capability): the case
 * waits for a correction listing these items; `acceptedOn` makes it a correction during review,
 * with the decision clock paused from the day of the notice.
 */
export async function requestCorrectionAsWindow(
  app: TestApp,
  number: string,
  items: { kind: 'material' | 'field'; ref: string; label: string; problem: string }[],
  opts: { acceptedOn?: string; requestedOn?: string } = {},
) {
  const repo = app.dataSource.getRepository(CaseEntity);
  const c = await repo.findOneByOrFail({ number });
  const requestedOn = opts.requestedOn ?? app.services.platform.clock.today();
  await repo.update(
    { id: c.id },
    {
      status: 'correction_requested',
      accepted: !!opts.acceptedOn,
      acceptedOn: opts.acceptedOn ?? null,
      pauses: opts.acceptedOn ? [{ from: requestedOn, to: null }] : [],
      correction: { requestedAt: `${requestedOn}T02:00:00.000Z`, note: '请按以下内容补正', items },
      version: c.version + 1,
    },
  );
  await app.dataSource.getRepository(CaseTimelineEntity).insert({
    caseId: c.id,
    action: 'request_correction',
    status: 'correction_requested',
    actor: 'staff',
    actorId: null,
    note: '一次性告知补正材料',
    at: new Date(),
  });
}

/** Valid answers to any form: each required field that shows is filled with a plain valid value of its type. */
export function validAnswers(form: ApplicationForm): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const first17 = '37021419800101123';
  const code17 = '91370214MA3C2X1Y2';
  for (const f of form.fields) {
    if (!f.required || !visibleFields(form, answers).some((v) => v.key === f.key)) continue;
    const words = (n: number) => '城阳区正阳路一百号'.repeat(Math.ceil(n / 9)).slice(0, Math.max(n, 2));
    const value: Record<FormFieldType, unknown> = {
      text: words(f.minLength ?? 4),
      textarea: words(f.minLength ?? 10),
      address: words(Math.max(f.minLength ?? 8, 8)),
      number: f.min ?? 1,
      date: '2026-01-05',
      select: f.options?.[0],
      multiselect: [f.options?.[0]],
      checkbox: true,
      phone: '13900000000',
      idNumber: first17 + checkDigitOf(first17),
      creditCode: code17 + creditCodeCheckChar(code17),
      region: ['山东省', '青岛市', '城阳区'],
    };
    answers[f.key] = value[f.type];
  }
  return answers;
}
