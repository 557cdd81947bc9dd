// Public interface of the uploads capability (申报材料的电子文件).
export { uploadEntities, UploadEntity, type UploadRow } from './entities';
export { createUploadService, type UploadService, type UploadDeps, type UploadLimits } from './upload-service';
export { uploadRoutes } from './routes';
