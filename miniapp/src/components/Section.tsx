import type { ReactNode } from 'react';
import { View } from '@tarojs/components';

/** A titled card on a detail page; `id` lets a table of contents scroll to it. */
export function Section({ id, title, className, children }: { id?: string; title: string; className?: string; children: ReactNode }) {
  return (
    <View id={id} className={`card section${className ? ` ${className}` : ''}`}>
      <View className="card-title section-title">{title}</View>
      {children}
    </View>
  );
}
