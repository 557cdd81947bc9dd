// A material's thumbnail, fetched with the bearer token (files have no public link).
import { useEffect, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { downloadPrivate, releasePrivate } from '../../files';
import './case.scss';

export function AuthImage({ path, alt }: { path: string; alt: string }) {
  const [shown, setShown] = useState<{ path: string; url: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    let url: string | null = null;
    downloadPrivate(path).then(
      (u) => {
        url = u;
        if (live) setShown({ path, url: u });
        else releasePrivate(u);
      },
      () => live && setShown({ path, url: null }),
    );
    return () => {
      live = false;
      if (url) releasePrivate(url);
    };
  }, [path]);
  const url = shown?.path === path ? shown.url : null;
  if (url) return <Image className="staff-thumb" src={url} mode="aspectFill" aria-label={alt} />;
  return (
    <View className="staff-thumb is-placeholder">
      <Text>{shown?.path === path ? '无法加载' : '…'}</Text>
    </View>
  );
}
