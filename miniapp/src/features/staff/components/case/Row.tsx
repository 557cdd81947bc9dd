import { Text, View } from '@tarojs/components';
import './case.scss';

/** A label and its value, one line of a case card. */
export function Row({ label, value, className = '' }: { label: string; value: string; className?: string }) {
  return (
    <View className={`staff-row ${className}`}>
      <Text className="muted staff-row-label">{label}</Text>
      <Text className="staff-row-value">{value}</Text>
    </View>
  );
}
