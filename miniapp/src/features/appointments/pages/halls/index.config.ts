export default definePageConfig({
  navigationBarTitleText: '选择办理大厅',
});
