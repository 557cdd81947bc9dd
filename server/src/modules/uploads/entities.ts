// Uploaded materials: metadata here, bytes in the platform's file store (sealed).
import { EntitySchema } from 'typeorm';

export interface UploadRow {
  id: string;
  ownerId: string;
  kind: 'image' | 'pdf';
  mimeType: string;
  /** Sealed: file names carry names. */
  fileNameEnc: string;
  size: number;
  width: number | null;
  height: number | null;
  pages: number | null;
  storageKey: string;
  thumbnailKey: string | null;
  createdAt: Date;
  /** When a submitted case first held it; unattached uploads expire after a day. */
  attachedAt: Date | null;
}

export const UploadEntity = new EntitySchema<UploadRow>({
  name: 'Upload',
  tableName: 'upload',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    ownerId: { name: 'owner_id', type: 'varchar', length: 36 },
    kind: { type: 'varchar', length: 8 },
    mimeType: { name: 'mime_type', type: 'varchar', length: 40 },
    fileNameEnc: { name: 'file_name_enc', type: 'varchar', length: 400 },
    size: { type: 'int' },
    width: { type: 'int', nullable: true },
    height: { type: 'int', nullable: true },
    pages: { type: 'int', nullable: true },
    storageKey: { name: 'storage_key', type: 'varchar', length: 80 },
    thumbnailKey: { name: 'thumbnail_key', type: 'varchar', length: 80, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime' },
    attachedAt: { name: 'attached_at', type: 'datetime', nullable: true },
  },
});

export const uploadEntities = [UploadEntity];
