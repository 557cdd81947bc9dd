import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';

export type LocationState =
  | { status: 'locating' }
  | { status: 'granted'; near: { latitude: number; longitude: number } }
  | { status: 'denied' };

const LOCATE_TIMEOUT_MS = 8000;

/** The resident's position (WGS-84), asked once; denial or silence simply yields 'denied'. */
export function useLocation(): [LocationState, () => void] {
  const [state, setState] = useState<LocationState>({ status: 'locating' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'locating' });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), LOCATE_TIMEOUT_MS));
    Promise.race([Taro.getLocation({ type: 'wgs84' }), timeout]).then(
      (res) => live && setState({ status: 'granted', near: { latitude: res.latitude, longitude: res.longitude } }),
      () => live && setState({ status: 'denied' }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  return [state, useCallback(() => setAttempt((n) => n + 1), [])];
}
