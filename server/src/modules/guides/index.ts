// Public interface of the guides capability.
export { createGuideService, type GuideService } from './service';
export { guideRoutes } from './routes';
