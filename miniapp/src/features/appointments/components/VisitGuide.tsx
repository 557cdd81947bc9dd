// Before going to the hall: which windows handle the item there, the materials to bring (a
// checklist the resident ticks off) and the way there on a map.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Appointment } from '@bianmin/shared/appointments/appointment.schema';
import type { GuideDetail } from '@bianmin/shared/guides/guide.schema';
import { MapAction } from '@/components/ContactActions';
import { useAsync } from '@/lib/use-async';
import { getItemGuide } from '../visit-api';

export function VisitGuide({ appointment: a }: { appointment: Appointment }) {
  const guide = useAsync(() => getItemGuide(a.item.code), [a.item.code]);
  if (guide.status !== 'ok') return null; // the ticket itself stands without it
  return <VisitGuideView guide={guide.data} hallCode={a.hall.code} />;
}

function VisitGuideView({ guide, hallCode }: { guide: GuideDetail; hallCode: string }) {
  const point = guide.servicePoints.find((p) => p.hall.code === hallCode);
  const toBring = guide.materials.filter((m) => !m.sharedProof);
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setTicked((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
      {point && (
        <View className="card visit-place">
          <View className="card-title">办理窗口</View>
          {point.windows.map((w) => (
            <Text key={w.number} className="visit-window">
              {w.number} {w.name}
            </Text>
          ))}
          <View className="visit-map">
            <MapAction place={point.hall} />
          </View>
        </View>
      )}
      <View className="card visit-materials">
        <View className="card-title">
          需带材料（已备 {toBring.filter((m) => ticked.has(m.id)).length}/{toBring.length}）
        </View>
        {toBring.map((m) => (
          <View
            key={m.id}
            className={`visit-material${ticked.has(m.id) ? ' is-ticked' : ''}`}
            role="checkbox"
            aria-checked={ticked.has(m.id)}
            onClick={() => toggle(m.id)}
          >
            <Text className="visit-check">{ticked.has(m.id) ? '☑' : '☐'}</Text>
            <View className="visit-material-text">
              <Text className="visit-material-name">{m.name}</Text>
              <Text className="muted visit-material-count">
                {[m.originals ? `原件${m.originals}份` : '', m.copies ? `复印件${m.copies}份` : '', m.condition ? `（${m.condition}）` : '']
                  .filter(Boolean)
                  .join(' ')}
              </Text>
            </View>
          </View>
        ))}
        {guide.materials.some((m) => m.sharedProof) && <Text className="muted visit-shared">其余材料由部门共享获取，无需携带。</Text>}
      </View>
    </>
  );
}
