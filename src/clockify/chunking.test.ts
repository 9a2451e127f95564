import { describe, expect, it } from 'vitest';
import { buildUrl } from './client';
import { chunkIds, MAX_URL_BYTES } from './chunking';
import { deleteEntriesBaseUrl } from './endpoints';

const ids = (n: number) => Array.from({ length: n }, (_, i) => i.toString(16).padStart(24, '0'));

describe('chunkIds', () => {
  const base = deleteEntriesBaseUrl('https://api.clockify.me/api', 'a'.repeat(24), 'b'.repeat(24));

  it('keeps every request URL under 8 KB and loses no id', () => {
    const all = ids(10_000);
    const chunks = chunkIds(all, base.length, 1000);
    for (const c of chunks) {
      expect(buildUrl(base, '', { 'time-entry-ids': c }).length).toBeLessThanOrEqual(MAX_URL_BYTES);
    }
    expect(chunks.flat()).toEqual(all);
  });

  it('deletes 10,000 entries in at most 70 requests with the default cap', () => {
    const chunks = chunkIds(ids(10_000), base.length);
    expect(chunks.length).toBe(Math.ceil(10_000 / 150));
    expect(chunks.length).toBeLessThanOrEqual(70);
  });

  it('makes smaller chunks behind a long base URL', () => {
    const long = 'x'.repeat(4000);
    const chunks = chunkIds(ids(300), long.length);
    expect(chunks[0].length).toBeLessThan(150);
    for (const c of chunks) expect(long.length + 1 + c.length * 40).toBeLessThanOrEqual(MAX_URL_BYTES + 1);
  });

  it('fills each request up to the limit: every URL is under 8 KB, and one more id would not be', () => {
    // Sweep base URL lengths across a whole id's worth of bytes, so every boundary is met.
    for (let extra = 0; extra <= 41; extra++) {
      const longBase = `${base}/${'x'.repeat(3920 - base.length + extra)}`;
      const all = ids(250);
      const chunks = chunkIds(all, longBase.length, 1000);
      const url = (c: string[]) => buildUrl(longBase, '', { 'time-entry-ids': c });
      chunks.forEach((c, i) => {
        expect(url(c).length, `chunk ${i} with base ${longBase.length}`).toBeLessThan(MAX_URL_BYTES);
        if (i < chunks.length - 1) {
          expect(url([...c, chunks[i + 1][0]]).length, `chunk ${i} could take one more`).toBeGreaterThanOrEqual(MAX_URL_BYTES);
        }
      });
      expect(chunks.flat()).toEqual(all);
    }
  });

  it('puts exactly the cap in each full request', () => {
    expect(chunkIds(ids(301), base.length).map((c) => c.length)).toEqual([150, 150, 1]);
    expect(chunkIds(ids(6), base.length, 3).map((c) => c.length)).toEqual([3, 3]);
  });

  it('never sends an empty request, even when one id alone is over the limit', () => {
    const chunks = chunkIds(ids(3), MAX_URL_BYTES);
    expect(chunks).toEqual(ids(3).map((id) => [id]));
  });

  it('handles empty input', () => {
    expect(chunkIds([], 100)).toEqual([]);
  });
});
