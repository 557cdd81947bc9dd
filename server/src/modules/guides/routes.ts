// Guide API: each shared endpoint mounted on its use case.
import { guideEndpoints as e } from '@bianmin/shared';
import type { ApiRouter } from '../../http/api-router';
import { contentDisposition } from '../../http/content-disposition';
import type { GuideService } from './service';

export function guideRoutes(api: ApiRouter, guides: GuideService): void {
  api.mount(e.search, ({ input }) => guides.search(input.query));
  api.mount(e.popular, ({ input }) => guides.popular(input.query.limit));
  api.mount(e.detail, ({ input }) => guides.detail(input.params.code));
  api.mount(e.formDownload, async ({ input, ctx }) => {
    const { code, materialId, variant } = input.params;
    const file = await guides.form(code, materialId, variant);
    ctx.set('Content-Disposition', contentDisposition(file.fileName));
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.type = file.contentType;
    return file.body;
  });
  api.mount(e.departments, () => guides.departments());
  api.mount(e.lifeEvents, () => guides.lifeEvents());
}
