import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

// Workspace TS source (the shared contract) must be compiled like our own, or the build fails on `export type`.
const sharedSrc = path.resolve(__dirname, '../../shared/src');
// Taro's CLI reads this file for every command but sets TARO_ENV only when given `--type`; the
// ambient type (types/global.d.ts) describes the app, where the build inlines it. Hence the fallback.
const taroEnv = (process.env.TARO_ENV as string | undefined) ?? 'h5';

/**
 * Where the API lives. H5 is served by the API server itself, so same origin (''); a mini-program
 * needs an absolute URL (and, in production, a domain registered in the WeChat console).
 */
function apiBaseUrl(): string {
  if (taroEnv === 'h5') return process.env.H5_API_BASE_URL ?? '';
  return process.env.API_BASE_URL ?? 'http://127.0.0.1:3000';
}

/** The district's IANA time zone: appointment dates and times are read on its clock, whatever the phone's zone. */
function districtTimeZone(): string {
  const zone = process.env.DISTRICT_TIME_ZONE ?? 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new Error(`DISTRICT_TIME_ZONE=${zone} is not a time zone: use an IANA name such as Asia/Shanghai.`);
  }
  return zone;
}

export default defineConfig((merge) => {
  const base: UserConfigExport = {
    projectName: 'bianmin-miniapp',
    date: '2025-1-1',
    // NutUI React is drawn on a 375-wide canvas; our own styles on the usual 750.
    designWidth(input) {
      const file = typeof input === 'object' ? input.file : undefined;
      if (file?.replace(/\\/g, '/').includes('@nutui')) return 375;
      return 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${taroEnv}`,
    plugins: [],
    defineConstants: { API_BASE_URL: JSON.stringify(apiBaseUrl()), DISTRICT_TIME_ZONE: JSON.stringify(districtTimeZone()) },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [sharedSrc] },
      // As for H5: pages that drop an H5-only branch (and with it a component's JS but not its CSS
      // import) list shared styles in another order; our styles and NutUI's never override each other.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedSrc] },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') {
    return merge({}, base, { logger: { quiet: false, stats: true } });
  }
  return merge({}, base, {});
});
