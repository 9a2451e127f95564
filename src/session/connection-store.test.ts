// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearConnection, loadConnection, parseConnection, saveConnection, type Connection } from './connection-store';

const conn: Connection = {
  id: 'c1', kind: 'clockify', baseUrl: 'https://api.clockify.me/api', apiKey: 'k'.repeat(48), label: 'Clockify',
  rateLimitPerSecond: 10, remember: false, userName: 'Ada',
};

describe('connection store', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  it('keeps the key in sessionStorage unless remembered', () => {
    saveConnection(conn);
    expect(sessionStorage.length).toBe(1);
    expect(localStorage.length).toBe(0);
    saveConnection({ ...conn, remember: true });
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(1);
    expect(loadConnection()).toEqual({ ...conn, remember: true });
  });
  it('disconnect removes it everywhere', () => {
    saveConnection({ ...conn, remember: true });
    sessionStorage.setItem('timekeeper.connection', JSON.stringify(conn));
    clearConnection();
    expect(loadConnection()).toBeNull();
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });
  it('drops tampered or malformed records instead of trusting them', () => {
    expect(parseConnection({ ...conn, baseUrl: 'javascript:alert(1)' })).toBeNull();
    expect(parseConnection({ ...conn, kind: 'other' })).toBeNull();
    expect(parseConnection({ ...conn, rateLimitPerSecond: -1 })).toBeNull();
    expect(parseConnection('x')).toBeNull();
    sessionStorage.setItem('timekeeper.connection', '{not json');
    expect(loadConnection()).toBeNull();
  });
});
