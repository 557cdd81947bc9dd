import { Text, View } from '@tarojs/components';
import './apply.scss';

const STEPS = ['填写申请表', '上传材料', '核对提交'];

/** Where the resident is in the three steps of an application. */
export function ApplySteps({ step }: { step: 1 | 2 | 3 }) {
  return (
    <View className="apply-steps">
      {STEPS.map((name, i) => (
        <Text key={name} className={`apply-step${i + 1 === step ? ' is-current' : ''}${i + 1 < step ? ' is-done' : ''}`}>
          {i + 1}. {name}
        </Text>
      ))}
    </View>
  );
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
