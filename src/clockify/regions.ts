/** Official Clockify API hosts by region; the server's proxy forwards to these only. */
export const REGIONS = {
  global: { label: 'Global', baseUrl: 'https://api.clockify.me/api' },
  euc1: { label: 'EU (Germany)', baseUrl: 'https://euc1.clockify.me/api' },
  use2: { label: 'US', baseUrl: 'https://use2.clockify.me/api' },
  euw2: { label: 'UK', baseUrl: 'https://euw2.clockify.me/api' },
  apse2: { label: 'AU', baseUrl: 'https://apse2.clockify.me/api' },
} as const;
export type Region = keyof typeof REGIONS;
export const REGION_IDS = Object.keys(REGIONS) as Region[];

export function proxyBaseUrl(origin: string, region: Region): string {
  return `${origin}/proxy/${region}/api`;
}

export function sandboxBaseUrl(origin: string): string {
  return `${origin}/api`;
}
