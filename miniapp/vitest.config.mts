import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  // What the Taro build injects (config/index.ts); tests run the H5 branches.
  define: {
    API_BASE_URL: JSON.stringify(''),
    DISTRICT_TIME_ZONE: JSON.stringify('Asia/Shanghai'),
    'process.env.TARO_ENV': JSON.stringify('h5'),
  },
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${here('./src')}/` },
      // Taro's runtime needs a mini-program or its H5 app shell; tests use small stand-ins.
      { find: /^@tarojs\/taro$/, replacement: here('./src/test/taro.ts') },
      { find: /^@tarojs\/components$/, replacement: here('./src/test/taro-components.tsx') },
      { find: /^@nutui\/nutui-react-taro$/, replacement: '@nutui/nutui-react-taro/dist/es/packages/nutui.react.build.js' },
      { find: /^@nutui\/icons-react-taro$/, replacement: '@nutui/icons-react-taro/dist/es/index.es.js' },
      // Needs a canvas; no tested component animates.
      { find: /^lottie-react$/, replacement: here('./src/test/empty-module.ts') },
    ],
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    server: { deps: { inline: [/@nutui\//] } },
    restoreMocks: true,
  },
});
