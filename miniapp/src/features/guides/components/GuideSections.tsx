// The later sections of a guide: process, legal basis, fees, where to go, whom to call.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { GuideDetail } from '@bianmin/shared/guides/guide.schema';
import { PhoneAction } from '@/components/ContactActions';
import { Section } from '@/components/Section';
import { hallPages } from '@/features/halls/pages';
import { ServicePointCard } from './ServicePointCard';

type Props = { guide: GuideDetail };

export function ProcessSection({ guide: g }: Props) {
  return (
    <Section id="sec-process" title="办理流程" className="guide-process">
      {g.process.map((step, i) => (
        <View key={i} className="process-step">
          <Text className="process-step-no">{i + 1}</Text>
          <View className="process-step-body">
            <Text className="process-step-name">{step.name}</Text>
            <Text className="muted">{step.description}</Text>
          </View>
        </View>
      ))}
    </Section>
  );
}

export function LegalBasisSection({ guide: g }: Props) {
  return (
    <Section title="设定依据" className="guide-legal">
      {g.legalBasis.map((b, i) => (
        <View key={i} className="legal-basis">
          <Text className="legal-basis-title">
            {b.title}
            {b.article ? ` ${b.article}` : ''}
          </Text>
          {b.text && <Text className="muted">{b.text}</Text>}
        </View>
      ))}
    </Section>
  );
}

export function FeeSection({ guide: g }: Props) {
  return (
    <Section title="收费标准" className="guide-fee">
      {!g.fee.charged && <Text className="guide-fee-free">不收费</Text>}
      {g.fee.charged &&
        g.fee.items.map((f, i) => (
          <View key={i} className="fee-item">
            <Text>
              {f.name}：{f.standard}
            </Text>
            {f.basis && <Text className="muted">收费依据：{f.basis}</Text>}
          </View>
        ))}
    </Section>
  );
}

export function PlacesSection({ guide: g }: Props) {
  return (
    <Section id="sec-places" title="办理地点" className="guide-places">
      {g.servicePoints.length === 0 && <Text className="muted">暂无线下办理地点信息，请拨打咨询电话了解。</Text>}
      {g.servicePoints.map((p) => (
        <ServicePointCard key={p.hall.code} point={p} />
      ))}
      {g.servicePoints.length > 0 && (
        <Text
          className="link guide-more-halls"
          onClick={() => void Taro.navigateTo({ url: hallPages.list.url({ item: g.code, itemName: g.name }) })}
        >
          按距离查找可办理的大厅 ›
        </Text>
      )}
    </Section>
  );
}

export function PhonesSection({ guide: g }: Props) {
  return (
    <Section title="咨询与投诉" className="guide-phones">
      <PhoneRow label="咨询电话" phone={g.consultPhone} />
      <PhoneRow label="投诉电话" phone={g.complaintPhone} />
      {g.department.phone && <PhoneRow label="部门电话" phone={g.department.phone} />}
    </Section>
  );
}

function PhoneRow({ label, phone }: { label: string; phone: string }) {
  return (
    <View className="phone-row">
      <Text>
        {label}：{phone}
      </Text>
      <PhoneAction phone={phone} label="拨打" />
    </View>
  );
}
