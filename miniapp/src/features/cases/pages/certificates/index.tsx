// 我的证照: the certificates (电子证照) this government issued to me — each with its number and
// verification code, by which anyone can check it (核验) without seeing my personal data, and which
// I can use instead of an upload when I apply again.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Certificate } from '@bianmin/shared/cases/certificate.schema';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { usePageClass } from '@/lib/elder-mode';
import { formatDate } from '@/lib/case-display';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { listMyCertificates } from '../../api';
import { casePages } from '../../pages';
import '../../components/case.scss';
import './index.scss';

const STATUS = { valid: '有效', expired: '已过期', revoked: '已注销' } as const;

export default function CertificatesPage() {
  const signInFirst = useSignInRequirement(casePages.certificates);
  if (signInFirst) return signInFirst;
  return <Certificates />;
}

function Certificates() {
  const pageClass = usePageClass('page certificates');
  const loaded = useAsync(() => listMyCertificates(), []);
  if (loaded.status === 'loading') return <LoadingState text="正在加载证照…" />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data.length === 0) {
    return (
      <EmptyState title="您还没有电子证照">
        <Text className="state-text">办件获准后颁发的证照会出现在这里，再次办事时可直接使用，无需上传。</Text>
      </EmptyState>
    );
  }
  return (
    <View className={pageClass}>
      {loaded.data.map((c) => (
        <CertificateCard key={c.number} c={c} />
      ))}
    </View>
  );
}

function CertificateCard({ c }: { c: Certificate }) {
  return (
    <View className={`card certificate is-${c.status}`} data-number={c.number}>
      <View className="certificate-head">
        <Text className="certificate-type">{c.type}</Text>
        <Text className={`badge certificate-status${c.status === 'valid' ? ' is-ok' : ' is-grey'}`}>{STATUS[c.status]}</Text>
      </View>
      <Row label="证照编号" value={c.number} className="certificate-number" />
      <Row label="持证人" value={c.holder} className="certificate-holder" />
      <Row label="发证机关" value={c.issuer} className="certificate-issuer" />
      <Row label="发证日期" value={formatDate(c.issuedOn)} className="certificate-issued" />
      <Row
        label="有效期"
        value={`${formatDate(c.validFrom)}至${c.validTo ? formatDate(c.validTo) : '长期'}`}
        className="certificate-validity"
      />
      <Row label="核验码" value={c.verificationCode} className="certificate-code" />
      <Text className="muted certificate-verify-hint">核验：他人可凭证照编号和核验码查验本证照的真伪和状态，不会看到您的个人信息。</Text>
      <Text className="link certificate-case" onClick={() => void Taro.navigateTo({ url: casePages.detail.url(c.caseNumber) })}>
        查看办件 {c.caseNumber} ›
      </Text>
    </View>
  );
}

function Row({ label, value, className }: { label: string; value: string; className: string }) {
  return (
    <View className={`case-row ${className}`}>
      <Text className="muted case-row-label">{label}</Text>
      <Text className="case-row-value">{value}</Text>
    </View>
  );
}
