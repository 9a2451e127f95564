/**
 * One IndexedDB object store (keyPath `id`), opened per transaction and closed after it: the
 * deletion backups and the activity log each keep one. Small on purpose, no dependency.
 */
export function objectStore(dbName: string, storeName: string) {
  function open(): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new Error('This browser has no IndexedDB.'));
      const req = indexedDB.open(dbName, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(storeName, { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened.'));
    });
  }

  /** Run `run` in one transaction; resolves with its request's result once the transaction commits. */
  return async function tx<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
    const db = await open();
    try {
      return await new Promise<T | undefined>((resolve, reject) => {
        const t = db.transaction(storeName, mode);
        const req = run(t.objectStore(storeName));
        t.oncomplete = () => resolve(req ? req.result : undefined);
        t.onerror = () => reject(t.error ?? new Error('IndexedDB write failed.'));
        t.onabort = () => reject(t.error ?? new Error('IndexedDB write was aborted.'));
      });
    } finally {
      db.close();
    }
  };
}
