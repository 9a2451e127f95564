/**
 * The Clockify hosts this server talks to or lets the page talk to, from one list: the
 * built-in regions (`src/clockify/regions.ts`) plus CLOCKIFY_EXTRA_HOSTS. The proxy's
 * allow-list, the CSP `connect-src` and the page's `<meta name="clockify-extra-hosts">` all
 * come from here.
 */
import { EXTRA_HOSTS_META } from '../../src/clockify/allowed-hosts';
import { REGION_IDS, regionOrigin } from '../../src/clockify/regions';

export interface ClockifyHosts {
  /** Proxy path key → origin: `global` → `https://api.clockify.me`, `clockify.corp.example` → its origin. */
  proxyOrigins: Readonly<Record<string, string>>;
  /** Every origin the page may call besides its own. */
  connectOrigins: readonly string[];
  /** The extra origins, as announced to the page. */
  extra: readonly string[];
}

export function clockifyHosts(extra: readonly string[] = []): ClockifyHosts {
  const proxyOrigins: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const id of REGION_IDS) proxyOrigins[id] = regionOrigin(id);
  for (const origin of extra) proxyOrigins[new URL(origin).host] = origin;
  const builtIn = REGION_IDS.map(regionOrigin);
  return { proxyOrigins, connectOrigins: [...builtIn, ...extra.filter((o) => !builtIn.includes(o))], extra };
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** index.html with the extra hosts announced in a meta tag (just before `</head>`). */
export function announceHosts(html: string, hosts: ClockifyHosts): string {
  const meta = `<meta name="${EXTRA_HOSTS_META}" content="${escapeAttribute(hosts.extra.join(','))}" />`;
  const at = html.indexOf('</head>');
  return at === -1 ? `${meta}${html}` : `${html.slice(0, at)}  ${meta}\n  ${html.slice(at)}`;
}
