import { Text, View } from '@tarojs/components';
import { slotState, type Slot } from '../booking-state';
import './booking.scss';

/** A day's slots; only those with places can be picked. */
export function SlotGrid({ slots, selected, onPick }: { slots: readonly Slot[]; selected?: number; onPick: (slot: Slot) => void }) {
  return (
    <View className="booking-slots">
      {slots.map((slot) => {
        const { state, label } = slotState(slot);
        return (
          <View
            key={slot.id}
            className={`booking-slot is-${state}${slot.id === selected ? ' is-selected' : ''}`}
            data-slot={slot.id}
            onClick={() => state === 'open' && onPick(slot)}
          >
            <Text className="booking-slot-time">
              {slot.start}–{slot.end}
            </Text>
            <Text className="booking-slot-state">{label}</Text>
          </View>
        );
      })}
    </View>
  );
}
