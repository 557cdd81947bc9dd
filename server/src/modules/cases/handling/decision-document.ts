// The written decision (决定书 / 不予受理通知书), and the written notices in the same look, as a PDF: case number, applicant, item, the decision
// with its reason and basis, the issuing department and date, and a QR code that checks it — the
// certificate's verification link when one was issued, else the case query page. Chinese text is
// set in Noto Sans SC (SIL Open Font License), subset into each document.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

const require = createRequire(import.meta.url);
let font: Promise<Buffer> | null = null;
const fontBytes = () =>
  (font ??= readFile(
    join(dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json')), '400Regular/NotoSansSC_400Regular.ttf'),
  ));

export interface DecisionDocumentInput {
  title: string;
  caseNumber: string;
  applicant: string;
  itemName: string;
  /** The sentence after the salutation; a decision's by default. */
  opening?: string;
  paragraphs: string[];
  issuer: string;
  /** Under the issuer: where it was handled (the hall of a written notice). */
  issuerDetail?: string;
  date: string;
  verifyUrl: string;
  verifyLabel: string;
}

export async function renderDecisionDocument(input: DecisionDocumentInput): Promise<Buffer> {
  const [regular, qr] = await Promise.all([fontBytes(), QRCode.toBuffer(input.verifyUrl, { margin: 1, width: 240 })]);
  const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: input.title, Subject: input.caseNumber, Creator: '便民' } });
  doc.registerFont('cjk', regular);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('cjk');
  doc.fontSize(20).text(input.title, { align: 'center' });
  doc.moveDown(0.5).fontSize(11).text(`编号：${input.caseNumber}`, { align: 'center' });
  doc.moveDown(1.5).fontSize(13).text(`${input.applicant}：`);
  const opening = input.opening ?? `你（单位）申请的“${input.itemName}”事项，本机关依法审查，现决定如下：`;
  doc.moveDown(0.5).text(opening, { indent: 26, lineGap: 4 });
  for (const p of input.paragraphs) doc.moveDown(0.5).text(p, { indent: 26, lineGap: 4 });
  doc.moveDown(2).text(input.issuer, { align: 'right' });
  if (input.issuerDetail) doc.text(input.issuerDetail, { align: 'right' });
  doc.text(input.date, { align: 'right' });
  const y = doc.y + 24;
  doc.image(qr, 64, y, { width: 96 });
  doc.fontSize(10).text(input.verifyLabel, 176, y + 30, { width: 300 });
  doc.end();
  return finished;
}
