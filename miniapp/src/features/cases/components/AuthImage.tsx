// A material's thumbnail. Files are private (authorised API paths, never public links), so an
// <Image src> cannot fetch them: Taro.downloadFile sends the bearer token and hands back a local
// path (mini-program) or an object URL (H5) to show.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { session } from '@/lib/auth';
import { api } from '@/lib/request';
import './apply.scss';

async function download(path: string): Promise<string | null> {
  const token = await session.provider.accessToken();
  const res = await Taro.downloadFile({ url: api.url(path), header: token ? { Authorization: `Bearer ${token}` } : {} });
  return res.statusCode === 200 ? res.tempFilePath : null;
}

/** `src`: a local path to show as is; else `path`: the API path of the thumbnail. */
export function AuthImage({ path, src, alt, className }: { path?: string | null; src?: string | null; alt: string; className?: string }) {
  const [loaded, setLoaded] = useState<{ path: string; url: string | null } | null>(null);
  useEffect(() => {
    if (src || !path) return;
    let live = true;
    download(path).then(
      (url) => live && setLoaded({ path, url }),
      () => live && setLoaded({ path, url: null }),
    );
    return () => {
      live = false;
    };
  }, [path, src]);
  const url = src ?? (loaded && loaded.path === path ? loaded.url : null);
  if (url) return <Image className={`case-thumb ${className ?? ''}`} src={url} mode="aspectFill" aria-label={alt} />;
  return (
    <View className={`case-thumb is-placeholder ${className ?? ''}`}>
      <Text>{path && !loaded ? '…' : '图片'}</Text>
    </View>
  );
}

/** A file that is not a photo. */
export function FileIcon({ label = 'PDF' }: { label?: string }) {
  return (
    <View className="case-thumb is-file">
      <Text>{label}</Text>
    </View>
  );
}
