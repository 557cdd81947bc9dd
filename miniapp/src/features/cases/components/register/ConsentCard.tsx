// 社区代办: the applicant's consent to have an agent file for them — a photo of the signed
// authorisation (代办授权书), or a one-time code sent to the applicant's phone that they read out.
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { GuideMaterial } from '@bianmin/shared/guides/guide.schema';
import { TextField } from '@/components/TextField';
import { messageOf } from '@/lib/request';
import { requestConsentCode } from '../../api';
import type { ConsentDraft } from '../../register-state';
import { useMaterialUploads } from '../../use-material-uploads';
import { Choice } from '../FormFieldInput';
import { MaterialUploader } from '../MaterialUploader';
import './register.scss';

/** The authorisation as a material of its own: one photo of the signed paper. */
const AUTHORISATION: GuideMaterial = {
  id: 0,
  name: '代办授权书（申请人签字）',
  requirement: 'required',
  condition: null,
  originals: 1,
  copies: 0,
  source: '申请人签字',
  notes: '请拍摄申请人签字、按手印的代办授权书，四角完整、字迹清楚。',
  sharedProof: false,
  filledOnline: false,
  upload: { kinds: ['image'], maxFiles: 1, photoOfOriginal: true },
  blankFormUrl: null,
  sampleFormUrl: null,
};

const RESEND_SECONDS = 60;

interface Props {
  consent: ConsentDraft;
  /** The applicant's phone as typed above; the code goes there. */
  phone: string;
  phoneProblem: string | null;
  problem: string | null;
  onChange: (change: (c: ConsentDraft) => ConsentDraft) => void;
}

export function ConsentCard({ consent, phone, phoneProblem, problem, onChange }: Props) {
  const uploads = useMaterialUploads((_id, change) =>
    onChange((c) => (c.method === 'photo' ? { ...c, file: change(c.file ? [c.file] : [])[0] ?? null } : c)),
  );
  return (
    <View className={`card register-consent${problem ? ' has-error' : ''}`} data-material="consent">
      <View className="card-title">代办授权</View>
      <Text className="muted register-consent-note">社区代办须取得申请人本人同意，二选一：</Text>
      <View className="apply-choices">
        <Choice checked={consent.method === 'photo'} onClick={() => onChange(() => ({ method: 'photo', file: null }))}>
          拍摄签字授权书
        </Choice>
        <Choice
          checked={consent.method === 'sms'}
          onClick={() => onChange(() => ({ method: 'sms', requestId: null, phoneTail: null, code: '' }))}
        >
          短信验证码授权
        </Choice>
      </View>
      {consent.method === 'photo' ? (
        <MaterialUploader
          material={AUTHORISATION}
          files={consent.file ? [consent.file] : []}
          reusable={[]}
          problem={problem}
          onPick={(picked) => uploads.pick(0, picked)}
          onRetry={() => consent.file && uploads.retry(0, consent.file)}
          onRemove={(key) => uploads.remove(0, key)}
          onReuse={() => {}}
        />
      ) : (
        <SmsConsent consent={consent} phone={phone} phoneProblem={phoneProblem} problem={problem} onChange={onChange} />
      )}
    </View>
  );
}

function SmsConsent({ consent, phone, phoneProblem, problem, onChange }: Props & { consent: Extract<ConsentDraft, { method: 'sms' }> }) {
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [wait, setWait] = useState(0);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  async function send() {
    if (phoneProblem) {
      setError(`请先在上方填写申请人手机号（${phoneProblem}）`);
      return;
    }
    setSending(true);
    setError(null);
    try {
      const sent = await requestConsentCode(phone.trim());
      onChange((c) => (c.method === 'sms' ? { ...c, requestId: sent.requestId, phoneTail: sent.phoneTail } : c));
      setWait(RESEND_SECONDS);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setSending(false);
    }
  }

  return (
    <View className="register-sms">
      <Text className="muted register-sms-note">验证码将发送到申请人手机，请申请人本人告知验证码，视为同意由您代为提交本次申请。</Text>
      <Button
        className="register-sms-send"
        size="small"
        type="primary"
        fill="outline"
        disabled={sending || wait > 0}
        onClick={() => void send()}
      >
        {wait > 0 ? `${wait}秒后可重发` : consent.requestId ? '重新发送验证码' : '发送验证码'}
      </Button>
      {consent.phoneTail && <Text className="register-sms-sent">已发送至尾号 {consent.phoneTail} 的手机，10分钟内有效</Text>}
      {error && <Text className="field-error">{error}</Text>}
      <TextField
        className="register-sms-code"
        label="短信验证码"
        placeholder="6位数字"
        type="number"
        maxlength={6}
        value={consent.code}
        error={problem}
        onInput={(code) => onChange((c) => (c.method === 'sms' ? { ...c, code: code.replace(/\D/g, '') } : c))}
      />
    </View>
  );
}
