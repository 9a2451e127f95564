/**
 * Where the key lives: sessionStorage by default, localStorage only when the manager ticks
 * "Remember on this device". Disconnect removes it from both. It never goes into a URL.
 */
const STORAGE_KEY = 'timekeeper.connection';

export interface Connection {
  /** Random per connect: separates caches of different keys without putting the key in a query key. */
  id: string;
  kind: 'sandbox' | 'clockify';
  baseUrl: string;
  apiKey: string;
  label: string;
  /** The key owner's name, for the header (known once the key was checked). */
  userName?: string;
  /** Requests per second; null = no client-side limit (the sandbox). */
  rateLimitPerSecond: number | null;
  remember: boolean;
}

/** Checked by hand (this module is in the initial bundle): anything odd is dropped, not trusted. */
export function parseConnection(value: unknown): Connection | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const str = (x: unknown) => typeof x === 'string' && x.length > 0;
  if (!str(v.id) || !str(v.apiKey) || !str(v.label) || (v.kind !== 'sandbox' && v.kind !== 'clockify')) return null;
  if (typeof v.baseUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(v.baseUrl)) return null;
  const rate = v.rateLimitPerSecond;
  if (rate !== null && !(typeof rate === 'number' && rate > 0)) return null;
  return {
    id: v.id as string,
    kind: v.kind,
    baseUrl: v.baseUrl,
    apiKey: v.apiKey as string,
    label: v.label as string,
    userName: typeof v.userName === 'string' ? v.userName : undefined,
    rateLimitPerSecond: rate as number | null,
    remember: v.remember === true,
  };
}

function read(storage: Storage | undefined): Connection | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    return raw ? parseConnection(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

export function loadConnection(): Connection | null {
  return read(globalThis.sessionStorage) ?? read(globalThis.localStorage);
}

export function saveConnection(connection: Connection) {
  clearConnection();
  const target = connection.remember ? localStorage : sessionStorage;
  target.setItem(STORAGE_KEY, JSON.stringify(connection));
}

export function clearConnection() {
  sessionStorage.removeItem(STORAGE_KEY);
  localStorage.removeItem(STORAGE_KEY);
}

export function newConnectionId(): string {
  return crypto.randomUUID();
}
