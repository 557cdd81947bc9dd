// Window groups of a hall, read from the catalogue (see shared queue-rules: the letters of the
// window numbers). Which group an item queues in: the group of the first window that names the
// item, else of the first window serving its whole department — specific windows before the
// 综合受理 ones, in the hall's own window order.
import { windowGroup } from '@bianmin/shared';
import type { CatalogueSnapshot, ItemSummaryRow, WindowWithScope } from '../catalogue/index';

export interface WindowGroup {
  code: string;
  windows: { number: string; name: string }[];
}

export function groupsOfHall(snapshot: CatalogueSnapshot, hallCode: string): WindowGroup[] {
  const groups = new Map<string, WindowGroup>();
  for (const w of snapshot.windowsByHall.get(hallCode) ?? []) {
    const code = windowGroup(w.number);
    const group = groups.get(code) ?? { code, windows: [] };
    group.windows.push({ number: w.number, name: w.name });
    groups.set(code, group);
  }
  return [...groups.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function groupForItem(
  snapshot: CatalogueSnapshot,
  hallCode: string,
  item: Pick<ItemSummaryRow, 'code' | 'departmentCode'>,
): string | null {
  const windows = snapshot.windowsByHall.get(hallCode) ?? [];
  const window =
    windows.find((w) => w.itemCodes.includes(item.code)) ?? windows.find((w) => w.departmentCodes.includes(item.departmentCode));
  return window ? windowGroup(window.number) : null;
}

/** The windows of a group that handle the item: where the resident may be called. */
export function windowsForItem(
  snapshot: CatalogueSnapshot,
  hallCode: string,
  group: string,
  item: Pick<ItemSummaryRow, 'code' | 'departmentCode'> | undefined,
): { number: string; name: string }[] {
  const serves = (w: WindowWithScope) => !item || w.itemCodes.includes(item.code) || w.departmentCodes.includes(item.departmentCode);
  return (snapshot.windowsByHall.get(hallCode) ?? [])
    .filter((w) => windowGroup(w.number) === group && serves(w))
    .map((w) => ({ number: w.number, name: w.name }));
}

export function findWindow(snapshot: CatalogueSnapshot, hallCode: string, number: string): WindowWithScope | undefined {
  return (snapshot.windowsByHall.get(hallCode) ?? []).find((w) => w.number === number);
}
