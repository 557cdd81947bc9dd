// The 长辈版 switch (home and 我的): says what it does in words, not only by colour.
import { Text, View } from '@tarojs/components';
import { elderMode, useElderMode } from '@/lib/elder-mode';
import { tapProps } from './tap';
import './ElderModeSwitch.scss';

export function ElderModeSwitch({ className = '' }: { className?: string }) {
  const on = useElderMode();
  return (
    <View
      className={`elder-switch${on ? ' is-on' : ''} ${className}`}
      aria-pressed={on ? 'true' : 'false'}
      {...tapProps(() => elderMode.set(!on))}
    >
      <Text className="elder-switch-label">长辈版</Text>
      <Text className="elder-switch-state">{on ? '已开启' : '未开启'}</Text>
    </View>
  );
}
