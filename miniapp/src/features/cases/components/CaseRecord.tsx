// What the applicant gave (answers, materials with thumbnails) and what must be corrected (补正告知).
import { Text, View } from '@tarojs/components';
import type { Case } from '@bianmin/shared/cases/case.schema';
import { formatInstant } from '@/lib/district-time';
import { shownPhone } from '@/lib/masked';
import { APPLICANT_KIND_LABEL } from '@bianmin/shared/catalogue/application-form-vocabulary';
import { AuthImage, FileIcon } from './AuthImage';
import './case.scss';
import './apply.scss';

export function CorrectionCard({ correction: n }: { correction: NonNullable<Case['correction']> }) {
  return (
    <View className="card case-correction">
      <View className="card-title">补正告知</View>
      <Text className="muted">{formatInstant(n.requestedAt)} 告知，请补正以下内容：</Text>
      {n.note && <Text className="case-correction-note">{n.note}</Text>}
      {n.items.map((item, i) => (
        <View key={`${item.kind}-${item.ref}`} className="case-correction-item">
          <Text className="case-correction-label">
            {i + 1}. {item.label}
          </Text>
          <Text className="case-correction-problem">{item.problem}</Text>
        </View>
      ))}
    </View>
  );
}

export function ApplicationRecord({ c }: { c: Case }) {
  const a = c.applicant;
  return (
    <>
      <View className="card case-answers">
        <View className="card-title">申请信息</View>
        <Field label="申请人" value={`${a.name}（${APPLICANT_KIND_LABEL[a.kind]}）`} />
        {a.creditCode && <Field label="统一社会信用代码" value={a.creditCode} />}
        {a.legalRepresentative && <Field label="法定代表人" value={a.legalRepresentative} />}
        {a.idNumber && <Field label="身份证号" value={a.idNumber} />}
        <Field label="联系电话" value={shownPhone(c.contactPhone)} />
        {c.answers.map((x) => (
          <Field key={x.key} label={x.label} value={x.value} />
        ))}
      </View>
      {c.materials.length > 0 && (
        <View className="card case-materials">
          <View className="card-title">提交的材料</View>
          {c.materials.map((m) => (
            <View key={m.materialId} className="case-material">
              <Text className="case-material-name">{m.name}</Text>
              <View className="case-material-files">
                {m.files.map((f) => (
                  <View key={f.uploadId} className="case-material-file">
                    {f.kind === 'image' ? <AuthImage path={f.thumbnailUrl} alt={f.fileName} /> : <FileIcon />}
                    <Text className="muted case-material-file-name">{f.fileName}</Text>
                  </View>
                ))}
              </View>
              {m.certificates.map((cert) => (
                <Text key={cert.number} className="case-material-certificate">
                  使用电子证照：{cert.type}（证照编号 {cert.number}）
                </Text>
              ))}
            </View>
          ))}
        </View>
      )}
    </>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <View className="case-row">
      <Text className="muted case-row-label">{label}</Text>
      <Text className="case-row-value">{value}</Text>
    </View>
  );
}
