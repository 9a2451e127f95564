import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawHttp, startTestServer, type TestServer } from '../test-utils';

const lines: string[] = [];
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ log: (line) => lines.push(line) });
});
afterAll(() => s.close());

describe('request log', () => {
  it('escapes CR, LF, ANSI escapes and other control characters in the path: one request, one line', async () => {
    lines.length = 0;
    const forged = '/x%0D%0AGET%20/api/v1/user%20200%201ms%1B[31mred%00%7F%C2%85%E2%80%A8';
    await rawHttp(s.port, `GET ${forged} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the log
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(line).toContain('\\r\\nGET');
    expect(line).toContain('\\x1b[31m');
    expect(line).toMatch(/^GET \/x\\r\\nGET \/api\/v1\/user 200 1ms\\x1b\[31mred\\x00\\x7f\\x85\\u2028 404 \d+ms$/);
  });

  it('keeps ordinary lines readable and never logs the query string', async () => {
    lines.length = 0;
    await s.call('GET', '/api/v1/user?secret=1', { key: 'x' });
    expect(lines).toEqual([expect.stringMatching(/^GET \/api\/v1\/user 401 \d+ms$/)]);
  });
});
