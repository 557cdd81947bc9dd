export default definePageConfig({ navigationBarTitleText: '收件登记' });
