import { describe, expect, it } from 'vitest';
import { buildUrl } from '../../clockify/client';
import { chunkIds, deleteUrlBase, MAX_URL_BYTES } from './chunking';

const ids = (n: number) => Array.from({ length: n }, (_, i) => i.toString(16).padStart(24, '0'));

describe('chunkIds', () => {
  const base = deleteUrlBase('https://api.clockify.me/api', 'a'.repeat(24), 'b'.repeat(24));

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

  it('handles empty input', () => {
    expect(chunkIds([], 100)).toEqual([]);
  });
});
