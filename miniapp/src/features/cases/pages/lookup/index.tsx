// 办件查询 without an account: the case number and the query code (checked as typed, with the
// rules the server uses), then the public view — item, status, progress, dates, record; never
// personal data. Wrong pairs and too many tries are said in the server's words.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { CasePublicView } from '@bianmin/shared/cases/case.schema';
import { caseNumberProblem, normalizeCaseNumber, normalizeQueryCode, queryCodeProblem } from '@bianmin/shared/cases/case-codes';
import { decodeParam } from '@/lib/query';
import { ApiError, MESSAGES, messageOf } from '@/lib/request';
import { usePageClass } from '@/lib/elder-mode';
import { FormError, TextField } from '@/components/TextField';
import { lookupCase } from '../../api';
import { CaseDatesCard, CaseHead, Timeline } from '../../components/CaseParts';
import './index.scss';

const WRONG_PAIR = '办件编号或查询码不正确';

type Field = 'number' | 'code';

export default function CaseLookupPage() {
  const pageClass = usePageClass('page case-lookup');
  const [values, setValues] = useState<Record<Field, string>>({ number: decodeParam(useRouter().params.number) ?? '', code: '' });
  const [touched, setTouched] = useState<Record<Field, boolean>>({ number: false, code: false });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<CasePublicView | null>(null);

  const problems = { number: caseNumberProblem(values.number), code: queryCodeProblem(values.code) };
  const show = (f: Field) => (touched[f] ? problems[f] : null);
  const change = (f: Field) => (v: string) => {
    setValues((s) => ({ ...s, [f]: f === 'code' ? v.toUpperCase() : v }));
    setError(null);
  };

  async function search() {
    setTouched({ number: true, code: true });
    if (problems.number || problems.code || busy) return;
    setBusy(true);
    setError(null);
    setFound(null);
    try {
      setFound(await lookupCase(normalizeCaseNumber(values.number), normalizeQueryCode(values.code)));
    } catch (err) {
      // 404: the pair matches no case (in the server's words when it sent them); 429: too many tries.
      const generic = err instanceof ApiError && err.status === 404 && (err.code !== 'NOT_FOUND' || err.message === MESSAGES.notFound);
      setError(generic ? WRONG_PAIR : messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className={pageClass}>
      <View className="card">
        <Text className="muted case-lookup-intro">
          输入办件编号和查询码，无需登录即可查看办理进度。二者见提交成功页面或短信、微信消息。
        </Text>
        <TextField
          className="lookup-number"
          label="办件编号"
          placeholder="如 370214-20261201-00042"
          maxlength={32}
          value={values.number}
          error={show('number')}
          onInput={change('number')}
          onBlur={() => setTouched((t) => ({ ...t, number: true }))}
        />
        <TextField
          className="lookup-code"
          label="查询码"
          placeholder="6位字母或数字"
          maxlength={6}
          value={values.code}
          error={show('code')}
          onInput={change('code')}
          onBlur={() => setTouched((t) => ({ ...t, code: true }))}
        />
        <FormError message={error} />
        <Button className="lookup-submit" type="primary" block loading={busy} onClick={() => void search()}>
          查询
        </Button>
      </View>
      {found && (
        <View className="case-lookup-result">
          <CaseHead c={found} />
          <CaseDatesCard dates={found.dates} />
          <Timeline entries={found.timeline} />
        </View>
      )}
    </View>
  );
}
