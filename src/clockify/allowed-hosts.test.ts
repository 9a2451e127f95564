// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { announcedExtraHosts, checkBaseUrlHost, EXTRA_HOSTS_META, parseExtraHosts } from './allowed-hosts';

describe('parseExtraHosts', () => {
  it('reads bare names as https origins and keeps written-out schemes and ports', () => {
    expect(parseExtraHosts('clockify.corp.example, https://time.example:8443 http://10.0.0.5:4000\nclockify.corp.example')).toEqual([
      'https://clockify.corp.example',
      'https://time.example:8443',
      'http://10.0.0.5:4000',
    ]);
  });

  it('drops anything that is not a plain origin', () => {
    expect(parseExtraHosts('ftp://x.example, https://u:p@x.example, https://x.example/api, https://x.example?q=1, javascript:alert(1), ,')).toEqual([]);
    expect(parseExtraHosts(undefined)).toEqual([]);
  });
});

describe('checkBaseUrlHost', () => {
  const page = 'https://console.example';
  it('allows the built-in regions, the page itself and announced hosts', () => {
    for (const url of ['https://api.clockify.me/api', 'https://euw2.clockify.me/api/', 'https://console.example/api', 'https://clockify.corp.example/api']) {
      expect(checkBaseUrlHost(url, page, ['https://clockify.corp.example']), url).toEqual({ allowed: true });
    }
  });

  it('names the host and the setting for anything else — another scheme or port is another host', () => {
    for (const [url, host] of [
      ['https://evil.example/api', 'evil.example'],
      ['http://clockify.corp.example/api', 'clockify.corp.example'],
      ['https://clockify.corp.example:8443/api', 'clockify.corp.example:8443'],
      ['https://api.clockify.me.evil.example/api', 'api.clockify.me.evil.example'],
    ]) {
      const result = checkBaseUrlHost(url, page, ['https://clockify.corp.example']);
      expect(result, url).toEqual({
        allowed: false,
        host,
        message: `This deployment does not allow that host (${host}). Ask whoever runs it to add it to CLOCKIFY_EXTRA_HOSTS.`,
      });
    }
  });

  it('does not restrict when the server announced nothing (the Vite dev server sets no CSP)', () => {
    expect(checkBaseUrlHost('https://evil.example/api', page, null)).toEqual({ allowed: true });
  });
});

describe('announcedExtraHosts', () => {
  it('reads the meta tag the server writes, and null without one', () => {
    expect(announcedExtraHosts(document)).toBeNull();
    const meta = document.createElement('meta');
    meta.name = EXTRA_HOSTS_META;
    meta.content = 'https://clockify.corp.example';
    document.head.append(meta);
    try {
      expect(announcedExtraHosts(document)).toEqual(['https://clockify.corp.example']);
      meta.content = '';
      expect(announcedExtraHosts(document)).toEqual([]);
    } finally {
      meta.remove();
    }
  });
});
