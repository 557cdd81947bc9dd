// Hall API (窗口联系): each shared endpoint mounted on its use case.
import { hallEndpoints as e } from '@bianmin/shared';
import type { ApiRouter } from '../../http/api-router';
import type { HallService } from './service';

export function hallRoutes(api: ApiRouter, halls: HallService): void {
  api.mount(e.list, ({ input }) => halls.list(input.query));
  api.mount(e.detail, ({ input }) => halls.detail(input.params.id));
}
