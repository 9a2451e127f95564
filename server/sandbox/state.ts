/** Shared per-server state handed to the API routes and the sandbox controls. */
import type { HttpBindings } from '@hono/node-server';
import type { FaultInjector } from './faults';
import type { RequestStats } from './stats';
import type { Store } from './store';
import type { UserRow } from './store-types';

export interface SandboxState {
  store: Store;
  faults: FaultInjector;
  stats: RequestStats;
  /** Epoch seconds; injectable so tests can pin "now". */
  now: () => number;
}

export type ApiEnv = { Bindings: HttpBindings; Variables: { caller: UserRow } };
