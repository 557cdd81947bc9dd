import { Text, View } from '@tarojs/components';
import type { GuideMaterial } from '@bianmin/shared/guides/guide.schema';
import { MATERIAL_REQUIREMENT_LABEL } from '@bianmin/shared/catalogue/vocabulary';
import { formatCopies } from '@/lib/format';
import { FormButtons } from './FormButtons';

export function MaterialItem({ material, index }: { material: GuideMaterial; index: number }) {
  const m = material;
  return (
    <View className={`material-item${m.sharedProof ? ' is-shared' : ''}`}>
      <View className="material-head">
        <Text className="material-name">
          {index}. {m.name}
        </Text>
      </View>
      <View className="material-badges">
        <Text className={`badge material-requirement ${m.requirement === 'required' ? '' : 'is-warn'}`}>
          {MATERIAL_REQUIREMENT_LABEL[m.requirement]}
        </Text>
        {m.sharedProof && <Text className="badge is-ok material-shared">免提交</Text>}
      </View>
      {m.condition && <Text className="material-line material-condition">适用情形：{m.condition}</Text>}
      {m.sharedProof ? (
        <Text className="material-line muted">由相关部门通过数据共享获取，您无需提交</Text>
      ) : (
        <Text className="material-line muted">{formatCopies(m.originals, m.copies)}</Text>
      )}
      <Text className="material-line muted">材料来源：{m.source}</Text>
      {m.notes && <Text className="material-line">备注：{m.notes}</Text>}
      <FormButtons name={m.name} blankFormUrl={m.blankFormUrl} sampleFormUrl={m.sampleFormUrl} />
    </View>
  );
}
