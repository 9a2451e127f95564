/**
 * Answers that Node and @hono/node-server write themselves — a malformed request line (400),
 * headers over the limit (431), a request timeout (408), a backslash or missing Host the
 * adapter refuses — carry the same security headers as every other answer.
 */
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { SECURITY_HEADERS } from './security-headers';

function statusFor(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/** A complete HTTP/1.1 answer as bytes, for sockets that never became a request. */
export function rawErrorAnswer(status: number, security: Record<string, string> = SECURITY_HEADERS): string {
  const body = JSON.stringify({ message: STATUS_CODES[status] ?? 'Bad Request', code: status });
  const headers = {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
    ...security,
  };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

export function answerClientErrors(server: Server, security: Record<string, string> = SECURITY_HEADERS): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: { headersSent?: boolean } }) => {
    if (err.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(rawErrorAnswer(statusFor(err.code), security));
  });
}

/** `serve({ errorHandler })`: requests the adapter cannot turn into a `Request` (bad Host, backslash in the path). */
export function adapterErrorResponse(err: unknown, security: Record<string, string> = SECURITY_HEADERS): Response {
  const refused = err instanceof Error && err.name === 'RequestError';
  // The adapter's own messages ("Backslash in request path", "Invalid host header") echo no input.
  const message = refused ? `Bad request: ${err.message.slice(0, 100)}` : 'Internal server error';
  return new Response(JSON.stringify({ message, code: refused ? 3000 : 500 }), {
    status: refused ? 400 : 500,
    headers: { 'Content-Type': 'application/json', ...security },
  });
}
