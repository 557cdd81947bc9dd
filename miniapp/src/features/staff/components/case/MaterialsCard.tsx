// The materials as submitted, with thumbnails; a tap opens the file full size.
import { Text, View } from '@tarojs/components';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { openPrivate } from '../../files';
import { AuthImage } from './AuthImage';
import './case.scss';

export function MaterialsCard({ materials }: { materials: StaffCase['materials'] }) {
  return (
    <View className="card staff-case-materials">
      <View className="card-title">申请材料</View>
      {materials.length === 0 && <Text className="muted">未提交材料</Text>}
      {materials.map((m) => (
        <View key={m.materialId} className="staff-material" data-material={m.materialId}>
          <Text className="staff-material-name">
            {m.materialId}. {m.name}
          </Text>
          {m.certificates.map((x) => (
            <Text key={x.number} className="staff-material-certificate">
              以本系统电子证照提供：{x.type}（{x.number}，提交时已核验）
            </Text>
          ))}
          <View className="staff-material-files">
            {m.files.map((f) => (
              <View key={f.uploadId} className="staff-material-file" onClick={() => void openPrivate(f.url, f.kind)}>
                {f.kind === 'image' ? (
                  <AuthImage path={f.thumbnailUrl ?? f.url} alt={f.fileName} />
                ) : (
                  <View className="staff-thumb is-file">
                    <Text>PDF</Text>
                  </View>
                )}
                <Text className="muted staff-material-file-name">{f.fileName}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
