import { tell } from './elder-mode-notices';

/** Services announced but not built yet answer with a toast, never a dead link. */
export function tellComingSoon(service: string): void {
  tell(`${service}即将上线，敬请期待`);
}
