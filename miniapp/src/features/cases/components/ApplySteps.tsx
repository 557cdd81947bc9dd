import { Text, View } from '@tarojs/components';
import { FlowSteps } from '@/components/FlowSteps';
import './apply.scss';

const STEPS = ['填写申请表', '上传材料', '核对提交'];

/** Where the resident is in the three steps of an application. */
export function ApplySteps({ step }: { step: 1 | 2 | 3 }) {
  return <FlowSteps flow="apply" names={STEPS} step={step} />;
}

/** GOV.UK's error summary: how many problems, above the form, before the fields that have them. */
export function ProblemSummary({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <View className="form-error apply-problem-summary">
      <Text>还有{count}处需要修改，请按红色提示修改后再继续。</Text>
    </View>
  );
}
