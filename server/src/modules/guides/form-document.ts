// Renders a material's form template as a Word document: blank for printing, or filled with the
// sample values so a resident sees what a correct form looks like (填写样例).
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  type IRunStylePropertiesOptions,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FormTemplate } from '@bianmin/shared';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = 'SimSun';
const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };
// Every run in the form's font. The style is typed on its own because TextRun also takes a bare
// string, and against that union `bold` would name String#bold (deprecated) instead of docx's option.
const run = (text: string, style: IRunStylePropertiesOptions = {}) => new TextRun({ text, font: FONT, ...style });

export async function renderFormDocument(
  form: FormTemplate,
  opts: { sample: boolean; itemName: string; department: string },
): Promise<Buffer> {
  const rows = form.fields.map(
    (field) =>
      new TableRow({
        children: [
          new TableCell({
            width: { size: 30, type: WidthType.PERCENTAGE },
            borders,
            children: [new Paragraph({ children: [run(field.label, { bold: true })] })],
          }),
          new TableCell({
            width: { size: 70, type: WidthType.PERCENTAGE },
            borders,
            children: [
              new Paragraph({
                spacing: { before: 120, after: 120 },
                children: [run(opts.sample ? (field.sample ?? '') : '', { color: '1F4E9E' })],
              }),
            ],
          }),
        ],
      }),
  );
  const title = opts.sample ? `${form.title}（填写样例）` : form.title;
  const doc = new Document({
    title,
    creator: opts.department,
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [run(title)],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(`${opts.itemName} · ${opts.department}`, { size: 20 })],
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
          ...(form.notes.length
            ? [
                new Paragraph({ spacing: { before: 240 }, children: [run('填表说明：', { bold: true })] }),
                ...form.notes.map((n, i) => new Paragraph({ children: [run(`${i + 1}. ${n}`, { size: 20 })] })),
              ]
            : []),
          new Paragraph({
            spacing: { before: 480 },
            alignment: AlignmentType.RIGHT,
            children: [run('申请人（签字/盖章）：____________    日期：____年__月__日')],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
