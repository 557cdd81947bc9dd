export { createHallService, type HallService } from './service';
export { hallRoutes } from './routes';
export { distanceMeters } from './geo';
