/**
 * The settings `npm start` and `npm run dev` read from the environment (documented in the
 * README's Configuration table), parsed in one place.
 */
import { join } from 'node:path';
import { parseExtraHosts } from '../src/clockify/allowed-hosts';
import { parseHostList } from './http/host-check';

export interface EnvConfig {
  port: number;
  host: string;
  dbPath: string;
  /** ALLOWED_HOSTS: names a reverse proxy forwards in `Host`, besides loopback. */
  allowedHosts: string[];
  /** CLOCKIFY_EXTRA_HOSTS: Clockify origins besides the built-in regions. */
  clockifyExtraHosts: string[];
  controlsOverride: boolean;
}

export function readEnvConfig(env: NodeJS.ProcessEnv, projectRoot: string): EnvConfig {
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '127.0.0.1',
    dbPath: env.SANDBOX_DB ?? join(projectRoot, '.data', 'sandbox.db'),
    allowedHosts: parseHostList(env.ALLOWED_HOSTS),
    clockifyExtraHosts: parseExtraHosts(env.CLOCKIFY_EXTRA_HOSTS),
    controlsOverride: env.SANDBOX_CONTROLS === '1',
  };
}
