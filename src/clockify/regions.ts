/**
 * Official Clockify API hosts by region — the one list. The client's region picker, the
 * server's proxy and the page's CSP `connect-src` all derive from it.
 */
export const REGIONS = {
  global: { label: 'Global', baseUrl: 'https://api.clockify.me/api' },
  euc1: { label: 'EU (Germany)', baseUrl: 'https://euc1.clockify.me/api' },
  use2: { label: 'US', baseUrl: 'https://use2.clockify.me/api' },
  euw2: { label: 'UK', baseUrl: 'https://euw2.clockify.me/api' },
  apse2: { label: 'AU', baseUrl: 'https://apse2.clockify.me/api' },
} as const;
export type Region = keyof typeof REGIONS;
export const REGION_IDS = Object.keys(REGIONS) as Region[];

/** `global` → `https://api.clockify.me`. */
export const regionOrigin = (region: Region): string => new URL(REGIONS[region].baseUrl).origin;

export function proxyBaseUrl(origin: string, region: Region): string {
  return `${origin}/proxy/${region}/api`;
}

export function sandboxBaseUrl(origin: string): string {
  return `${origin}/api`;
}
