// The item's materials in catalogue order: an uploader for each, or why this one is not uploaded
// (a proof departments share, paper only). The apply page's step 2 and the window's registration.
import type { GuideMaterial } from '@bianmin/shared/guides/guide.schema';
import type { ReusableUpload } from '@bianmin/shared/uploads/upload.schema';
import { notUploaded, type MaterialFiles } from '../application-state';
import type { useMaterialUploads } from '../use-material-uploads';
import { MaterialUploader, NotUploadedMaterial } from './MaterialUploader';

interface Props {
  materials: GuideMaterial[];
  files: MaterialFiles;
  /** Kept by the form, so a file's key stays unique while the list comes and goes. */
  uploads: ReturnType<typeof useMaterialUploads>;
  /** The resident's earlier uploads on offer; none at the window. */
  reusable: ReusableUpload[];
  problemOf: (materialId: number) => string | null;
}

export function MaterialList({ materials, files, uploads, reusable, problemOf }: Props) {
  return (
    <>
      {materials.map((m) => {
        const note = notUploaded(m);
        return note ? (
          <NotUploadedMaterial key={m.id} material={m} note={note} />
        ) : (
          <MaterialUploader
            key={m.id}
            material={m}
            files={files[m.id] ?? []}
            reusable={reusable}
            problem={problemOf(m.id)}
            onPick={(picked) => uploads.pick(m.id, picked)}
            onRetry={(key) =>
              uploads.retry(
                m.id,
                files[m.id]?.find((f) => f.key === key),
              )
            }
            onRemove={(key) => uploads.remove(m.id, key)}
            onReuse={(u) => uploads.reuse(m.id, u)}
          />
        );
      })}
    </>
  );
}
