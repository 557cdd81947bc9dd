// The file store's contract, which both adapters implement and the same tests check.

export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  /** null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  /** Removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-]{1,80}$/;
/** Keys name files on disk: nothing that could climb out of the directory. */
export function assertStoreKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid file store key: ${JSON.stringify(key)}`);
}
