// Tab pages live in the main package; every capability is a subpackage so residents download
// a feature only when they open it (a mini-program's main package must stay small).
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/mine/index', 'pages/not-found/index'],
  subPackages: [
    { root: 'features/guides', pages: ['pages/search/index', 'pages/detail/index'] },
    { root: 'features/halls', pages: ['pages/list/index', 'pages/detail/index'] },
    { root: 'features/identity', pages: ['pages/real-name/index', 'pages/phone/index'] },
    {
      root: 'features/appointments',
      pages: [
        'pages/start/index',
        'pages/halls/index',
        'pages/slots/index',
        'pages/confirm/index',
        'pages/ticket/index',
        'pages/mine/index',
      ],
    },
    {
      root: 'features/cases',
      pages: [
        'pages/apply/index',
        'pages/submitted/index',
        'pages/mine/index',
        'pages/detail/index',
        'pages/lookup/index',
        'pages/certificates/index',
        'pages/register/index',
      ],
    },
    { root: 'features/messages', pages: ['pages/list/index'] },
    // Staff pages apart, so residents never download them.
    {
      root: 'features/staff',
      pages: [
        'pages/login/index',
        'pages/home/index',
        'pages/appointments/index',
        'pages/cases/index',
        'pages/case/index',
        'pages/station/index',
        'pages/queue/index',
        'pages/queue/kiosk/index',
      ],
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['features/guides'] },
    'pages/mine/index': { network: 'wifi', packages: ['features/identity'] },
  },
  window: {
    navigationBarTitleText: '便民服务',
    // H5: Taro draws a title bar with back / home buttons only when asked (the mini-program always has one).
    navigationStyle: 'default',
    navigationBarBackgroundColor: '#1a5fb4',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f9',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#6b7280',
    selectedColor: '#1a5fb4',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' },
    ],
  },
  permission: {
    'scope.userLocation': { desc: '用于查找离您最近的政务服务大厅和便民服务站' },
  },
  requiredPrivateInfos: ['getLocation'],
});
