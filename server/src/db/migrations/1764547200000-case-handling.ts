// The window's side of a case: its handler, extension, decision, the applicant's delivery choice
// (sealed: an address and a phone), dispatch and delivery; internal review notes; issued certificates.
import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { date, str } from './columns';

const text = (name: string, nullable = true) => new TableColumn({ name, type: 'text', isNullable: nullable });

export class CaseHandling1764547200000 implements MigrationInterface {
  name = 'CaseHandling1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('case_record', [
      new TableColumn(str('handler_user_id', 36, true)),
      text('extension'),
      text('decision'),
      text('delivery_enc'),
      text('dispatch'),
      // Certificates reused for materials: [{ materialId, number, type }].
      text('reused_certificates'),
      new TableColumn(date('concluded_at', true)),
      new TableColumn(date('delivered_at', true)),
    ]);
    await q.createTable(
      new Table({
        name: 'case_note',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          str('case_id', 36),
          str('author_id', 36),
          str('text_enc', 4000),
          date('at'),
        ],
        indices: [{ name: 'idx_case_note_case', columnNames: ['case_id', 'id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'certificate',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('number', 40),
          str('verification_hash', 64),
          str('verification_enc', 200),
          str('type', 40),
          str('holder_enc', 400),
          str('holder_user_id', 36, true),
          str('case_id', 36),
          str('issuer', 60),
          str('issued_on', 10),
          str('valid_from', 10),
          str('valid_to', 10, true),
          str('status', 12),
          date('created_at'),
        ],
        uniques: [{ name: 'uq_certificate_number', columnNames: ['number'] }],
        indices: [{ name: 'idx_certificate_holder', columnNames: ['holder_user_id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('certificate');
    await q.dropTable('case_note');
    await q.dropColumns('case_record', [
      'reused_certificates',
      'delivered_at',
      'concluded_at',
      'dispatch',
      'delivery_enc',
      'decision',
      'extension',
      'handler_user_id',
    ]);
  }
}
