// Upload routes: zod-free (see guide.routes.ts). The upload itself is multipart (Taro.uploadFile on
// weapp, FormData on H5), so the mini-app posts it outside api.call; the path is this route's.
import type { ReusableUploadList, Upload, UploadIdParam } from './upload.schema';
import { route } from '../http/route';

type Id = { params: typeof UploadIdParam };

export const uploadRoutes = {
  upload: route<{ response: typeof Upload }>('POST', '/api/v1/uploads', 'signed-in'),
  mine: route<{ response: typeof ReusableUploadList }>('GET', '/api/v1/uploads/mine', 'signed-in'),
  file: route<Id & { response: 'file' }>('GET', '/api/v1/uploads/:id', 'signed-in'),
  thumbnail: route<Id & { response: 'file' }>('GET', '/api/v1/uploads/:id/thumbnail', 'signed-in'),
} as const;
