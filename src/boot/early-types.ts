/** Shared between the early entry (its own tiny chunk) and the app: types only, no code. */

/** One request the early entry started before the app's bundle was parsed. */
export interface EarlyRequest {
  /** The API key it was sent with: only a request with the same key may take it. */
  apiKey: string;
  /** `performance.now()` when it left. */
  at: number;
  response: Promise<Response>;
  /** Aborts it (when the request that took it is cancelled, or it goes unused). */
  abort(): void;
}

/**
 * Where the early entry leaves its requests, by exact URL: `globalThis[EarlySlot]`, so the two
 * chunks share it. Each side spells the name itself (a shared constant would cost a chunk).
 */
export type EarlySlot = '__timekeeperEarlyRequests';

export type EarlyRegistry = Map<string, EarlyRequest>;
