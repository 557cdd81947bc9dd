// Page URLs in one place: features link to each other's pages by URL, never by import.
import { buildQuery } from './query';

export const routes = {
  home: '/pages/index/index',
  mine: '/pages/mine/index',
  guideSearch: (p: { q?: string; department?: string; audience?: string; lifeEvent?: string } = {}) =>
    `/features/guides/pages/search/index${buildQuery(p)}`,
  guideDetail: (code: string) => `/features/guides/pages/detail/index${buildQuery({ code })}`,
  hallList: (p: { item?: string; itemName?: string } = {}) => `/features/halls/pages/list/index${buildQuery(p)}`,
  hallDetail: (id: string) => `/features/halls/pages/detail/index${buildQuery({ id })}`,
  realName: '/features/identity/pages/real-name/index',
  bindPhone: '/features/identity/pages/phone/index',
  staffLogin: '/features/staff/pages/login/index',
  staffHome: '/features/staff/pages/home/index',
};
