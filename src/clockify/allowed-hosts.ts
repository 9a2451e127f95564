/**
 * Which Clockify hosts this deployment lets the page talk to: the built-in regions, the page's
 * own origin (the sandbox), and the extra hosts the server was started with
 * (`CLOCKIFY_EXTRA_HOSTS`). The server parses the setting with `parseExtraHosts` and writes the
 * result into index.html as `<meta name="clockify-extra-hosts">`; its CSP `connect-src` and
 * proxy use the same list, so what the page accepts is exactly what the browser will allow.
 */
import { REGION_IDS, regionOrigin } from './regions';

export const EXTRA_HOSTS_SETTING = 'CLOCKIFY_EXTRA_HOSTS';
export const EXTRA_HOSTS_META = 'clockify-extra-hosts';

/**
 * `clockify.corp.example, https://time.example:8443` → `['https://clockify.corp.example',
 * 'https://time.example:8443']`. Bare names mean https; `http://` is kept only when written
 * out. Anything that is not a plain origin (paths, credentials, other schemes) is dropped.
 */
export function parseExtraHosts(value: string | null | undefined): string[] {
  const out: string[] = [];
  for (const item of (value ?? '').split(/[\s,]+/)) {
    if (item === '') continue;
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(item) ? item : `https://${item}`);
    } catch {
      continue;
    }
    const plain = url.username === '' && url.password === '' && (url.pathname === '/' || url.pathname === '') && url.search === '' && url.hash === '';
    if ((url.protocol === 'https:' || url.protocol === 'http:') && plain && !out.includes(url.origin)) out.push(url.origin);
  }
  return out;
}

export const builtInOrigins = (): string[] => REGION_IDS.map(regionOrigin);

/** The extra hosts the server announced, or null when it announced none (the Vite dev server, which sets no CSP). */
export function announcedExtraHosts(doc: Pick<Document, 'querySelector'> = document): string[] | null {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${EXTRA_HOSTS_META}"]`);
  return meta ? parseExtraHosts(meta.content) : null;
}

export type HostCheck = { allowed: true } | { allowed: false; host: string; message: string };

/** May the page call `baseUrl`? Same origin, a built-in region or an announced extra host. */
export function checkBaseUrlHost(baseUrl: string, pageOrigin: string, extra: string[] | null): HostCheck {
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    return { allowed: false, host: baseUrl, message: 'Enter a URL like https://api.clockify.me/api' };
  }
  if (extra === null || origin === pageOrigin || builtInOrigins().includes(origin) || extra.includes(origin)) return { allowed: true };
  const host = new URL(baseUrl).host;
  return {
    allowed: false,
    host,
    message: `This deployment does not allow that host (${host}). Ask whoever runs it to add it to ${EXTRA_HOSTS_SETTING}.`,
  };
}
