export default definePageConfig({
  navigationBarTitleText: '统一收件',
});
