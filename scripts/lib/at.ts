/** `list[index]` where the caller knows it is there; a clear error instead of `undefined` if not. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item #${index} in a list of ${list.length}`);
  return item;
}
