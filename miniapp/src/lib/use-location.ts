import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';

export type LocationState =
  { status: 'locating' } | { status: 'granted'; near: { latitude: number; longitude: number } } | { status: 'denied' };

const LOCATE_TIMEOUT_MS = 8000;
const LOCATING: LocationState = { status: 'locating' };

/** The resident's position (WGS-84), asked once; denial or silence simply yields 'denied'. */
export function useLocation(): [LocationState, () => void] {
  const [attempt, setAttempt] = useState(0);
  // Each answer keeps the attempt it answers; until the current attempt's arrives, it is locating.
  const [answer, setAnswer] = useState<{ attempt: number; state: LocationState } | null>(null);
  const state = answer?.attempt === attempt ? answer.state : LOCATING;

  useEffect(() => {
    let live = true;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), LOCATE_TIMEOUT_MS));
    Promise.race([Taro.getLocation({ type: 'wgs84' }), timeout]).then(
      (res) => live && setAnswer({ attempt, state: { status: 'granted', near: { latitude: res.latitude, longitude: res.longitude } } }),
      () => live && setAnswer({ attempt, state: { status: 'denied' } }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  return [state, useCallback(() => setAttempt((n) => n + 1), [])];
}
