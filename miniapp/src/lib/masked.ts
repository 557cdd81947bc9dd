// Personal data on screen is always masked. The server already sends it masked; these make sure a
// full number never reaches the screen should one slip through.
import { maskChineseId, maskName, maskPhone } from '@bianmin/shared/identity/mask';

const isMasked = (value: string) => value.includes('*');

export const shownName = (name: string) => (isMasked(name) ? name : maskName(name));
export const shownIdNumber = (id: string) => (isMasked(id) ? id : maskChineseId(id));
export const shownPhone = (phone: string) => (isMasked(phone) ? phone : maskPhone(phone));
