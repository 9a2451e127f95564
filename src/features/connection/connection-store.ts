/**
 * Where the key lives: sessionStorage by default, localStorage only when the manager ticks
 * "Remember on this device". Disconnect removes it from both. It never goes into a URL.
 */
import { z } from 'zod';

const STORAGE_KEY = 'timekeeper.connection';

export const connectionSchema = z.object({
  /** Random per connect: separates caches of different keys without putting the key in a query key. */
  id: z.string(),
  kind: z.enum(['sandbox', 'clockify']),
  baseUrl: z.string().url(),
  apiKey: z.string().min(1),
  label: z.string(),
  /** Requests per second; null = no client-side limit (the sandbox). */
  rateLimitPerSecond: z.number().positive().nullable(),
  remember: z.boolean(),
});
export type Connection = z.infer<typeof connectionSchema>;

function read(storage: Storage | undefined): Connection | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = connectionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
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
