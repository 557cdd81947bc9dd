export default definePageConfig({
  navigationBarTitleText: '自助取号',
});
