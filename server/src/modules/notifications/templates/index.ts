// Templates as data, rendered per event and recipient: what the notification engine sends.
export { TEMPLATES, WECHAT_TEMPLATE_IDS, subscribeTemplates } from './data';
export { renderNotification, type RenderContext, type RenderedNotification, type StaffDirectory } from './render';
export { createStaffDirectory } from './staff-directory';
