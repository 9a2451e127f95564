/**
 * Measures what a first visit moves over the wire: opens a page in a fresh Chromium profile
 * and sums the encoded bytes (headers + body, as transferred) of every response.
 * `npx tsx server/measure-transfer.ts http://127.0.0.1:4000/connect` (CHROMIUM_PATH or
 * /usr/bin/chromium) prints it three ways: as Chromium asks (br), gzip only, and uncompressed.
 * Not a test: it prints figures.
 */
import { chromium } from '@playwright/test';

export interface TransferFigures {
  requests: number;
  bytes: number;
  byEncoding: Record<string, number>;
}

export async function measureFirstVisit(
  url: string,
  { acceptEncoding, executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium' }: { acceptEncoding?: string; executablePath?: string } = {},
): Promise<TransferFigures> {
  const browser = await chromium.launch({ executablePath });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // To see what a client without brotli (or without any compression) would move.
    if (acceptEncoding !== undefined) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': acceptEncoding } });
    const encodingOf = new Map<string, string>();
    const figures: TransferFigures = { requests: 0, bytes: 0, byEncoding: {} };
    cdp.on('Network.responseReceived', (e) => {
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      encodingOf.set(e.requestId, headers['content-encoding'] ?? 'identity');
    });
    cdp.on('Network.loadingFinished', (e) => {
      const encoding = encodingOf.get(e.requestId) ?? 'identity';
      figures.requests += 1;
      figures.bytes += e.encodedDataLength;
      figures.byEncoding[encoding] = (figures.byEncoding[encoding] ?? 0) + e.encodedDataLength;
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    return figures;
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('measure-transfer.ts')) {
  const url = process.argv[2] ?? 'http://127.0.0.1:4000/connect';
  for (const acceptEncoding of [undefined, 'gzip', 'identity']) {
    const f = await measureFirstVisit(url, { acceptEncoding });
    const label = acceptEncoding ? `Accept-Encoding: ${acceptEncoding}` : "Chromium's own Accept-Encoding";
    console.log(`${url} (${label}): ${f.requests} responses, ${(f.bytes / 1000).toFixed(1)} kB over the wire`, f.byEncoding);
  }
}
