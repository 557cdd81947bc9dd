import { Text, View } from '@tarojs/components';
import './booking.scss';

const STEPS = ['选择大厅', '选择时间', '确认预约'];

/** Where the resident is in the three booking steps. */
export function BookingSteps({ step }: { step: 1 | 2 | 3 }) {
  return (
    <View className="booking-steps">
      {STEPS.map((name, i) => (
        <Text key={name} className={`booking-step${i + 1 === step ? ' is-current' : ''}${i + 1 < step ? ' is-done' : ''}`}>
          {i + 1}. {name}
        </Text>
      ))}
    </View>
  );
}
