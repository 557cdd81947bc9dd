export default definePageConfig({ navigationBarTitleText: '本站代办情况' });
