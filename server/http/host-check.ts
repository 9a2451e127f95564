/**
 * DNS-rebinding guard: every request must name this server in its Host header. A page on
 * attacker.example whose DNS later points at 127.0.0.1 still sends `Host: attacker.example`,
 * so it is refused before any route runs. Loopback names are always accepted; the bind
 * address when it is a concrete one; and whatever ALLOWED_HOSTS adds (names a reverse proxy
 * forwards). Ports are ignored: they do not help an attacker who controls DNS.
 */
import type { MiddlewareHandler } from 'hono';

export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'] as const;
const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '']);

/** `Host` header → bare lower-case name: `[::1]:4000` → `::1`, `Example.COM:80` → `example.com`. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') === -1 ? undefined : h.indexOf(']'));
  const colon = h.indexOf(':');
  // More than one colon without brackets is a bare IPv6 address (not valid in Host, but harmless).
  return colon !== -1 && h.indexOf(':', colon + 1) === -1 ? h.slice(0, colon) : h;
}

export const isLoopbackName = (name: string) =>
  name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) || /^::ffff:127\./.test(name);

/** `ALLOWED_HOSTS=console.example.com, 10.0.0.5` → the names to accept besides loopback. */
export function parseHostList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((x) => hostName(x)).filter((x) => x !== '');
}

export function acceptedHostNames(bindHost: string, extra: readonly string[] = []): Set<string> {
  const names = new Set<string>([...LOOPBACK_NAMES, ...extra.map(hostName)]);
  if (!WILDCARD_BINDS.has(bindHost)) names.add(hostName(bindHost.includes(':') && !bindHost.startsWith('[') ? `[${bindHost}]` : bindHost));
  return names;
}

export function hostCheck(accepted: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('host');
    if (header === undefined || header.trim() === '') return c.json({ message: 'A Host header is required', code: 400 }, 400);
    const name = hostName(header);
    if (!accepted.has(name) && !isLoopbackName(name)) {
      return c.json(
        {
          message: `This server does not answer to the host "${name.slice(0, 100)}". If it runs behind a reverse proxy, add that name to ALLOWED_HOSTS.`,
          code: 421,
        },
        421,
      );
    }
    await next();
  };
}
