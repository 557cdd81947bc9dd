// A case's status and its card (红橙绿蓝牌) as badges: the colour always comes with its words.
import { Text } from '@tarojs/components';
import type { CaseStatus } from '@bianmin/shared/cases/case-status';
import { caseTone } from '@/lib/case-display';
import { CARD_LABEL, type CardColour } from '../case-display';
import './case-badges.scss';

export function StatusBadge({ status, label, className = '' }: { status: CaseStatus; label: string; className?: string }) {
  return <Text className={`badge staff-status${caseTone(status)} ${className}`}>{label}</Text>;
}

export function CardBadge({ card }: { card: CardColour }) {
  return (
    <Text className={`staff-card is-${card}`} data-card={card}>
      <Text className="staff-card-dot" />
      {CARD_LABEL[card]}
    </Text>
  );
}
