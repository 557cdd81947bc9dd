// The window's queue (窗口叫号) and the kiosk (自助取号).
import { guideRoutes } from '@bianmin/shared/guides/guide.routes';
import { hallRoutes } from '@bianmin/shared/halls/hall.routes';
import { queueRoutes } from '@bianmin/shared/queue/queue.routes';
import { api } from '@/lib/request';

/** The hall's windows, to choose the one this member of staff sits at. */
export function getHallWindows(hall: string) {
  return api.call(hallRoutes.detail, { params: { id: hall } }, { silent: true }).then((h) => h.windows);
}

export function getQueueBoard(hall: string, window: string) {
  return api.call(queueRoutes.board, { query: { hall, window } }, { silent: true });
}

export function callNext(hall: string, window: string) {
  return api.call(queueRoutes.callNext, { body: { hall, window } }, { silent: true });
}

export type QueueStep = 'recall' | 'skip' | 'complete';
const STEP_ROUTES = { recall: queueRoutes.recall, skip: queueRoutes.skip, complete: queueRoutes.complete } as const;

export function queueStep(id: string, step: QueueStep) {
  return api.call(STEP_ROUTES[step], { params: { id } }, { silent: true });
}

export function takeWalkInNumber(hall: string, item: string, idNumber: string) {
  return api.call(queueRoutes.walkIn, { body: { hall, item, idNumber: idNumber.trim().toUpperCase() } }, { silent: true });
}

/** Items matching what the walk-in says they came for; the server refuses one the hall does not handle. */
export function findItems(q: string) {
  return api.call(guideRoutes.search, { query: { q: q.trim(), page: 1, pageSize: 8 } }, { silent: true }).then((r) => r.items);
}
