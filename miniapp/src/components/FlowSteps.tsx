import { Text, View } from '@tarojs/components';

/**
 * Where the resident is in the numbered steps of a flow (预约, 申请): done, current, still to come.
 * Each flow keeps its own class names (`booking-steps` / `booking-step`), which its styles, the
 * elder-mode sizes and the end-to-end journeys look for.
 */
export function FlowSteps({ flow, names, step }: { flow: string; names: readonly string[]; step: number }) {
  return (
    <View className={`${flow}-steps`}>
      {names.map((name, i) => (
        <Text key={name} className={`${flow}-step${i + 1 === step ? ' is-current' : ''}${i + 1 < step ? ' is-done' : ''}`}>
          {i + 1}. {name}
        </Text>
      ))}
    </View>
  );
}
