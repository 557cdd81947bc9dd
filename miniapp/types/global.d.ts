/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

/** Injected at build time by `defineConstants` (config/index.ts). */
declare const API_BASE_URL: string;
/** The district's IANA time zone (`DISTRICT_TIME_ZONE`, default Asia/Shanghai). */
declare const DISTRICT_TIME_ZONE: string;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'harmony' | 'rn';
    TARO_APP_ID: string;
  }
}
