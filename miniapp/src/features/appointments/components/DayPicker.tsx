import { Text, View } from '@tarojs/components';
import { formatMonthDay, weekdayOf } from '@/lib/district-time';
import { dayState, type Day } from '../booking-state';
import './booking.scss';

/** The bookable horizon, one tile per working day: free places, 约满, closed, or when it opens. */
export function DayPicker({
  days,
  selected,
  onSelect,
}: {
  days: readonly Day[];
  selected: string | undefined;
  onSelect: (day: Day) => void;
}) {
  return (
    <View className="booking-days">
      {days.map((day) => {
        const { state, label } = dayState(day);
        return (
          <View
            key={day.date}
            className={`booking-day is-${state}${day.date === selected ? ' is-selected' : ''}`}
            data-date={day.date}
            onClick={() => onSelect(day)}
          >
            <Text className="booking-day-date">{formatMonthDay(day.date)}</Text>
            <Text className="booking-day-weekday">{weekdayOf(day.date)}</Text>
            <Text className="booking-day-state">{label}</Text>
          </View>
        );
      })}
    </View>
  );
}
