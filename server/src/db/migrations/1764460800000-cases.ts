// Cases (办件) and material uploads: what each material accepts online; uploaded files (metadata,
// and their bytes when the database is the file store); cases with their timeline and attached
// materials; the per-day number sequence behind unified case numbers; drafts.
import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { date, int, str } from './columns';

const text = (name: string, nullable = false) => ({ name, type: 'text', isNullable: nullable });
const bool = (name: string) => ({ name, type: 'boolean', default: false });

export class Cases1764460800000 implements MigrationInterface {
  name = 'Cases1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('item_material', [new TableColumn(text('upload', true)), new TableColumn(bool('filled_online'))]);
    await q.createTable(
      new Table({
        name: 'upload',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('owner_id', 36),
          str('kind', 8),
          str('mime_type', 40),
          // Sealed: file names carry names ("张三身份证.jpg").
          str('file_name_enc', 400),
          int('size'),
          int('width', { isNullable: true }),
          int('height', { isNullable: true }),
          int('pages', { isNullable: true }),
          str('storage_key', 80),
          str('thumbnail_key', 80, true),
          date('created_at'),
          // Set once a submitted case holds it; unattached uploads expire.
          date('attached_at', true),
        ],
        indices: [
          { name: 'idx_upload_owner', columnNames: ['owner_id', 'created_at'] },
          { name: 'idx_upload_unattached', columnNames: ['attached_at', 'created_at'] },
        ],
      }),
    );
    // The database file store: a file's bytes in chunks (any number of API instances, any MySQL-protocol engine).
    await q.createTable(
      new Table({
        name: 'stored_file_chunk',
        columns: [
          { ...str('storage_key', 80), isPrimary: true },
          { ...int('seq'), isPrimary: true },
          { name: 'data', type: q.dataSource.options.type === 'better-sqlite3' ? 'blob' : 'mediumblob' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'case_number_sequence',
        columns: [{ ...str('day', 8), isPrimary: true }, int('last_value')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'case_record',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('number', 32),
          str('query_code_hash', 64),
          str('item_code', 80),
          str('department_code', 80),
          str('catalogue_version', 40),
          str('status', 24),
          bool('accepted'),
          str('channel', 12),
          // The resident the case belongs to, and who filed it (the resident, or a community agent acting for them).
          str('applicant_user_id', 36, true),
          str('filed_by_user_id', 36),
          str('applicant_kind', 12),
          text('applicant_enc'),
          str('applicant_hash', 64, true),
          str('contact_phone_enc', 200),
          text('answers_enc'),
          text('correction', true),
          str('received_on', 10),
          str('accepted_on', 10, true),
          int('legal_limit_days'),
          int('promised_limit_days'),
          text('pauses'),
          date('submitted_at'),
          date('decided_at', true),
          date('updated_at'),
          int('version'),
        ],
        uniques: [{ name: 'uq_case_number', columnNames: ['number'] }],
        indices: [
          { name: 'idx_case_applicant', columnNames: ['applicant_user_id', 'submitted_at'] },
          { name: 'idx_case_filed_by', columnNames: ['filed_by_user_id', 'submitted_at'] },
          { name: 'idx_case_department_status', columnNames: ['department_code', 'status'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'case_material',
        columns: [
          { ...str('case_id', 36), isPrimary: true },
          { ...str('upload_id', 36), isPrimary: true },
          int('material_id'),
          str('material_name', 120),
          int('position'),
        ],
        indices: [{ name: 'idx_case_material_upload', columnNames: ['upload_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'case_timeline',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          str('case_id', 36),
          str('action', 24),
          str('status', 24),
          str('actor', 12),
          str('actor_id', 36, true),
          str('note', 500, true),
          date('at'),
        ],
        indices: [{ name: 'idx_case_timeline_case', columnNames: ['case_id', 'id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'case_draft',
        columns: [
          { ...str('user_id', 36), isPrimary: true },
          { ...str('item_code', 80), isPrimary: true },
          text('content_enc'),
          date('updated_at'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['case_draft', 'case_timeline', 'case_material', 'case_record', 'case_number_sequence', 'stored_file_chunk', 'upload'])
      await q.dropTable(t);
    await q.dropColumns('item_material', ['filled_online', 'upload']);
  }
}
