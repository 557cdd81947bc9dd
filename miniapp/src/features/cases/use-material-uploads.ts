// Picking, uploading, retrying and reusing the files of materials: shared by the apply page (step 2)
// and the 补正 form on the case page. The caller keeps the files (by material id); this hook changes
// them through `setFiles`.
import { useRef } from 'react';
import type { ReusableUpload } from '@bianmin/shared/uploads/upload.schema';
import { messageOf } from '@/lib/request';
import type { AttachedFile } from './application-state';
import { uploadFile, type PickedFile } from './upload';

export type SetMaterialFiles = (materialId: number, change: (list: AttachedFile[]) => AttachedFile[]) => void;

export function useMaterialUploads(setFiles: SetMaterialFiles) {
  const fileCount = useRef(0);

  const patch = (materialId: number, key: string, p: Partial<AttachedFile>) =>
    setFiles(materialId, (list) => list.map((f) => (f.key === key ? { ...f, ...p } : f)));

  function send(materialId: number, key: string, picked: PickedFile) {
    patch(materialId, key, { status: 'uploading', progress: 0, error: undefined });
    uploadFile(picked, (progress) => patch(materialId, key, { progress })).then(
      (u) => patch(materialId, key, { status: 'done', progress: 100, uploadId: u.id, kind: u.kind, thumbnailUrl: u.thumbnailUrl }),
      (err: unknown) => patch(materialId, key, { status: 'failed', error: messageOf(err) }),
    );
  }

  return {
    pick(materialId: number, picked: PickedFile[]) {
      const added = picked.map((p) => ({ p, key: `file-${++fileCount.current}` }));
      setFiles(materialId, (list) => [
        ...list,
        ...added.map(({ p, key }): AttachedFile => ({
          key,
          fileName: p.name,
          kind: p.kind,
          status: 'uploading',
          progress: 0,
          preview: p.preview,
          picked: p,
        })),
      ]);
      for (const { p, key } of added) send(materialId, key, p);
    },
    retry(materialId: number, file: AttachedFile | undefined) {
      if (file?.picked) send(materialId, file.key, file.picked);
    },
    remove(materialId: number, key: string) {
      setFiles(materialId, (list) => list.filter((f) => f.key !== key));
    },
    reuse(materialId: number, u: ReusableUpload) {
      setFiles(materialId, (list) => [
        ...list,
        { key: u.id, uploadId: u.id, fileName: u.fileName, kind: u.kind, thumbnailUrl: u.thumbnailUrl, status: 'done', progress: 100 },
      ]);
    },
  };
}

/** The ids of a material's uploaded files. */
export const doneUploadIds = (list: readonly AttachedFile[] | undefined) =>
  (list ?? []).flatMap((f) => (f.status === 'done' && f.uploadId ? [f.uploadId] : []));
