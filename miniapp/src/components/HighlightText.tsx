import { Text } from '@tarojs/components';
import type { HighlightRange } from '@bianmin/shared/guides/guide.schema';
import { splitHighlights } from '@/lib/highlight';

/** Text with the matched parts marked (class `hl`). */
export function HighlightText({ text, ranges, className }: { text: string; ranges: readonly HighlightRange[]; className?: string }) {
  return (
    <Text className={className}>
      {splitHighlights(text, ranges).map((seg, i) =>
        seg.hit ? (
          <Text key={i} className="hl">
            {seg.text}
          </Text>
        ) : (
          seg.text
        ),
      )}
    </Text>
  );
}
