// 申请已提交: a GOV.UK-style confirmation panel. The case number (copyable) and the query code —
// which only the submission's answer carries, so it comes in the URL — then the promised limit,
// the acceptance due date, what happens next, and the ways on.
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { appPages } from '@/lib/app-pages';
import { decodeParam } from '@/lib/query';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { usePageClass } from '@/lib/elder-mode';
import { formatDate } from '@/lib/case-display';
import { EmptyState } from '@/components/PageState';
import { SubscribeOffer } from '@/components/SubscribeOffer';
import { getCase } from '../../api';
import { casePages } from '../../pages';
import './index.scss';
import { tell } from '@/lib/elder-mode-notices';

function copy(data: string, what: string) {
  Taro.setClipboardData({ data }).then(
    () => tell(`${what}已复制`),
    () => {},
  );
}

export default function SubmittedPage() {
  const pageClass = usePageClass('page case-submitted');
  const { params } = useRouter();
  const number = decodeParam(params.number) ?? '';
  const code = decodeParam(params.code) ?? '';
  const signInFirst = useSignInRequirement(casePages.submitted);
  if (signInFirst) return signInFirst;
  if (!number) return <EmptyState title="缺少办件编号，请在“我的办件”中查看" />;
  return (
    <View className={pageClass}>
      <View className="case-panel">
        <Text className="case-panel-title">申请已提交</Text>
        <Text className="case-panel-label">办件编号</Text>
        <Text className="case-number" userSelect>
          {number}
        </Text>
        <Text className="case-panel-copy" onClick={() => copy(number, '办件编号')}>
          复制编号
        </Text>
      </View>
      {code && (
        <View className="card case-code-card">
          <View className="case-code-line">
            <Text className="muted">查询码</Text>
            <Text className="query-code" userSelect>
              {code}
            </Text>
            <Text className="link case-code-copy" onClick={() => copy(`办件编号 ${number} 查询码 ${code}`, '编号和查询码')}>
              复制
            </Text>
          </View>
          <Text className="case-code-keep">
            请妥善保存。凭办件编号和查询码，无需登录即可在“办件查询”中查看办理进度。查询码只显示这一次，请抄下或截图保存。
          </Text>
        </View>
      )}
      <SubscribeOffer moment="submitted" text="受理、补正和办理结果，通过微信通知我" />
      <WhatNext number={number} />
      <View className="case-submitted-actions">
        <Button className="case-view" type="primary" block onClick={() => void Taro.redirectTo({ url: casePages.detail.url(number) })}>
          查看办件
        </Button>
        <Button className="case-home" block fill="outline" onClick={() => void Taro.switchTab({ url: appPages.home.url })}>
          返回首页
        </Button>
      </View>
    </View>
  );
}

/** The limits come from the case's dates; without them the steps still read true. */
function WhatNext({ number }: { number: string }) {
  const loaded = useAsync(() => getCase(number), [number]);
  const d = loaded.status === 'ok' ? loaded.data.dates : null;
  return (
    <View className="card case-what-next">
      {d && (
        <View className="case-limits">
          {d.promisedLimitDays > 0 ? (
            <Text className="case-limit">
              承诺办结时限：<Text className="case-limit-days">{d.promisedLimitDays}个工作日</Text>（自受理次日起计算）
            </Text>
          ) : (
            <Text className="case-limit">
              承诺办结时限：<Text className="case-limit-days">即办</Text>（受理后当场办结）
            </Text>
          )}
          {d.acceptanceDueOn && (
            <Text className="case-limit case-acceptance-due">受理期限：{formatDate(d.acceptanceDueOn)}前作出是否受理的决定</Text>
          )}
        </View>
      )}
      <View className="card-title">接下来会发生什么</View>
      <Text className="case-next">
        1. 窗口工作人员将在5个工作日内{d?.acceptanceDueOn ? `（${formatDate(d.acceptanceDueOn)}前）` : ''}
        审核您提交的材料，并决定是否受理。
      </Text>
      <Text className="case-next">2. 如材料需要补正，我们会一次性告知需要补充或修改的内容，请按告知补正后重新提交。</Text>
      <Text className="case-next">
        3.{' '}
        {d?.promisedLimitDays === 0
          ? '本事项为即办件，受理后当场作出决定。'
          : `受理后，承办人将进行审查，并在${d ? `${d.promisedLimitDays}个工作日` : '承诺时限'}内作出决定。`}
      </Text>
      <Text className="case-next">4. 每一步进展都会发到“我的 → 消息中心”，您也可以随时在“我的办件”中查看。</Text>
    </View>
  );
}
