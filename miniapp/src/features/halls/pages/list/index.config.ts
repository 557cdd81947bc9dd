export default definePageConfig({
  navigationBarTitleText: '窗口联系',
  onReachBottomDistance: 120,
});
