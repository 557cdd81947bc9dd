// One material of step 2: what it must be, its files (progress bar while uploading, the server's
// reason and 重试 when it failed, a thumbnail once stored), 添加文件, and the resident's earlier
// uploads for a material of the same name (使用以前上传的材料).
import { useState, type ChangeEvent } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { GuideMaterial } from '@bianmin/shared/guides/guide.schema';
import type { ReusableUpload } from '@bianmin/shared/uploads/upload.schema';
import { MATERIAL_REQUIREMENT_LABEL } from '@bianmin/shared/catalogue/vocabulary';
import { UPLOAD_KIND_LABEL } from '@bianmin/shared/catalogue/application-form-vocabulary';
import type { UploadKind } from '@bianmin/shared/catalogue/application-form.schema';
import type { AttachedFile } from '../application-state';
import { kindProblem, pickedFromBrowser, pickInMiniProgram, type PickedFile } from '../upload';
import { AuthImage, FileIcon } from './AuthImage';
import './apply.scss';

interface Props {
  material: GuideMaterial;
  files: AttachedFile[];
  reusable: ReusableUpload[];
  problem: string | null;
  onPick: (files: PickedFile[]) => void;
  onRetry: (key: string) => void;
  onRemove: (key: string) => void;
  onReuse: (upload: ReusableUpload) => void;
}

const ACCEPT: Record<UploadKind, string> = { image: 'image/jpeg,image/png,image/webp', pdf: 'application/pdf,.pdf' };

export function MaterialUploader({ material: m, files, reusable, problem, onPick, onRetry, onRemove, onReuse }: Props) {
  const [pickError, setPickError] = useState<string | null>(null);
  const [showReuse, setShowReuse] = useState(false);
  const { kinds, maxFiles, photoOfOriginal } = m.upload;
  const room = maxFiles - files.length;
  const attached = new Set(files.map((f) => f.uploadId));
  const earlier = reusable.filter((u) => u.usedFor.includes(m.name) && kinds.includes(u.kind) && !attached.has(u.id));

  function take(picked: PickedFile[], refused: string | null) {
    const kept = picked.slice(0, Math.max(0, room));
    setPickError(refused ?? (picked.length > kept.length ? `该材料最多上传${maxFiles}个文件` : null));
    if (kept.length) onPick(kept);
  }

  function fromBrowser(e: ChangeEvent<HTMLInputElement>) {
    const chosen = Array.from(e.target.files ?? []);
    e.target.value = ''; // the same file may be picked again after a failure
    let refused: string | null = null;
    const picked: PickedFile[] = [];
    for (const file of chosen) {
      const p = pickedFromBrowser(file);
      const problemOf = kindProblem(p?.kind ?? null, kinds);
      if (p && !problemOf) picked.push(p);
      else refused = `${file.name}：${problemOf ?? ''}`;
    }
    take(picked, refused);
  }

  async function inMiniProgram(kind: UploadKind) {
    try {
      take(await pickInMiniProgram(kind, room), null);
    } catch {
      // The resident closed the picker: nothing to say.
    }
  }

  return (
    <View className={`apply-material${problem ? ' has-error' : ''}`} data-material={m.id}>
      <View className="apply-material-head">
        <Text className="apply-material-name">{m.name}</Text>
        <Text className={`badge${m.requirement === 'required' ? '' : ' is-grey'}`}>{MATERIAL_REQUIREMENT_LABEL[m.requirement]}</Text>
      </View>
      {m.condition && <Text className="muted apply-material-line">{m.condition}</Text>}
      <Text className="muted apply-material-line">
        可上传{kinds.map((k) => UPLOAD_KIND_LABEL[k]).join('或')}，最多{maxFiles}个
        {photoOfOriginal ? (kinds.includes('image') ? '；可拍摄原件' : '') : '；须为扫描件或电子文件，不接受翻拍照片'}
      </Text>
      {m.notes && <Text className="muted apply-material-line">{m.notes}</Text>}

      {files.map((f) => (
        <FileRow key={f.key} file={f} onRetry={() => onRetry(f.key)} onRemove={() => onRemove(f.key)} />
      ))}
      {problem && <Text className="field-error">{problem}</Text>}
      {pickError && <Text className="field-error apply-pick-error">{pickError}</Text>}

      {room > 0 && (
        <View className="apply-material-actions">
          {process.env.TARO_ENV === 'h5' ? (
            <label className="apply-file-pick">
              <input
                className="apply-file-input"
                type="file"
                accept={kinds.map((k) => ACCEPT[k]).join(',')}
                multiple={room > 1}
                onChange={fromBrowser}
              />
              <Text className="apply-file-pick-text">添加文件</Text>
            </label>
          ) : (
            kinds.map((k) => (
              <Button
                key={k}
                className={`apply-pick-${k}`}
                size="small"
                type="primary"
                fill="outline"
                onClick={() => void inMiniProgram(k)}
              >
                {k === 'image' ? '拍照或从相册选择' : '从微信聊天选择PDF'}
              </Button>
            ))
          )}
          {earlier.length > 0 && (
            <Text className="link apply-reuse-toggle" onClick={() => setShowReuse((v) => !v)}>
              使用以前上传的材料（{earlier.length}）
            </Text>
          )}
        </View>
      )}
      {showReuse && room > 0 && (
        <View className="apply-reuse">
          {earlier.map((u) => (
            <View key={u.id} className="apply-reuse-item" onClick={() => onReuse(u)}>
              {u.kind === 'image' ? <AuthImage path={u.thumbnailUrl} alt={u.fileName} /> : <FileIcon />}
              <Text className="apply-reuse-name">{u.fileName}</Text>
              <Text className="link">使用</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

function FileRow({ file: f, onRetry, onRemove }: { file: AttachedFile; onRetry: () => void; onRemove: () => void }) {
  return (
    <View className={`apply-file is-${f.status}`}>
      {f.kind === 'image' ? <AuthImage src={f.preview} path={f.thumbnailUrl} alt={f.fileName} /> : <FileIcon />}
      <View className="apply-file-body">
        <Text className="apply-file-name">{f.fileName}</Text>
        {f.status === 'uploading' && (
          <View className="apply-progress" aria-label={`已上传${f.progress}%`}>
            <View className="apply-progress-bar" style={{ width: `${f.progress}%` }} />
          </View>
        )}
        {f.status === 'uploading' && <Text className="muted">正在上传 {f.progress}%</Text>}
        {f.status === 'done' && <Text className="apply-file-ok">已上传</Text>}
        {f.status === 'failed' && <Text className="field-error apply-file-error">上传失败：{f.error}</Text>}
      </View>
      <View className="apply-file-actions">
        {f.status === 'failed' && f.picked && (
          <Text className="link apply-file-retry" onClick={onRetry}>
            重试
          </Text>
        )}
        {f.status !== 'uploading' && (
          <Text className="link apply-file-remove" onClick={onRemove}>
            删除
          </Text>
        )}
      </View>
    </View>
  );
}

/** A material with nothing to upload: fetched by the department (部门共享), or the form filled in online. */
export function NotUploadedMaterial({ material: m, note }: { material: GuideMaterial; note: string }) {
  return (
    <View className="apply-material is-not-uploaded" data-material={m.id}>
      <View className="apply-material-head">
        <Text className="apply-material-name">{m.name}</Text>
        <Text className="badge is-ok">{note}</Text>
      </View>
    </View>
  );
}

/** Scroll helper for the first problem on a step. */
export function scrollToProblem() {
  void Taro.pageScrollTo({ selector: '.has-error', duration: 200 }).catch(() => {});
}
