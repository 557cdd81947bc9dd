// The upload routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { uploadRoutes } from './upload.routes';
import { ReusableUploadList, Upload, UploadIdParam } from './upload.schema';

const T = '申报材料';

export const uploadEndpoints = endpoints(uploadRoutes, {
  upload: {
    schemas: { response: Upload },
    summary: '上传一份材料（JPEG、PNG、WebP 或 PDF；按内容识别类型，照片去除位置等元数据并重新编码）',
    tag: T,
    errors: [400, 401, 413, 415, 422, 429],
    status: 201,
    multipart: { field: 'file', description: '材料文件，单个不超过10MB（可配置）' },
  },
  mine: { schemas: { response: ReusableUploadList }, summary: '我上传过、可再次使用的材料（材料复用）', tag: T, errors: [401] },
  file: {
    schemas: { params: UploadIdParam, response: 'file' },
    summary: '下载材料（本人、代办人或有权办理的工作人员）',
    tag: T,
    errors: [400, 401, 404],
  },
  thumbnail: {
    schemas: { params: UploadIdParam, response: 'file' },
    summary: '材料缩略图（照片）',
    tag: T,
    errors: [400, 401, 404],
  },
});
