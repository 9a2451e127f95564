export type ClockifyErrorKind =
  | 'auth' // 401: key missing or wrong
  | 'forbidden' // 403: the key lacks the right
  | 'not-found' // 404
  | 'rule' // 400 code 501: an entity or workspace rule refused it
  | 'bad-request' // other 4xx
  | 'rate-limit' // 429
  | 'server' // 5xx
  | 'network' // no response (offline, CORS, dropped connection)
  | 'timeout'
  | 'aborted'
  | 'invalid-response'; // a 2xx whose body is not what Clockify sends

/** Every failure of a Clockify call, typed: branch on `kind`/`status`/`code`, never on text. */
export class ClockifyError extends Error {
  readonly kind: ClockifyErrorKind;
  readonly status: number;
  readonly code: number | null;
  /** The server's own message (may be translated); shown to people, never logged. */
  readonly serverMessage: string | null;
  readonly retryAfterMs: number | null;

  constructor(init: {
    kind: ClockifyErrorKind;
    status?: number;
    code?: number | null;
    serverMessage?: string | null;
    retryAfterMs?: number | null;
    message?: string;
  }) {
    super(init.message ?? init.serverMessage ?? init.kind);
    this.name = 'ClockifyError';
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.code = init.code ?? null;
    this.serverMessage = init.serverMessage ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }

  /** Worth retrying on its own when the request is idempotent. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'rate-limit' || this.kind === 'server';
  }
}

export function kindForStatus(status: number, code: number | null): ClockifyErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'server';
  if (status === 400 && code === 501) return 'rule';
  return 'bad-request';
}

/** `Retry-After` as seconds or an HTTP date → milliseconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const secs = Number(value);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export async function errorFromResponse(res: Response): Promise<ClockifyError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy's HTML page, an empty 502): the status alone has to do.
  }
  // Hand-checked rather than with zod: this module is in the initial bundle.
  const shaped =
    typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string' &&
    typeof (body as { code?: unknown }).code === 'number';
  const code = shaped ? (body as { code: number }).code : null;
  return new ClockifyError({
    kind: kindForStatus(res.status, code),
    status: res.status,
    code,
    serverMessage: shaped ? (body as { message: string }).message.slice(0, 500) : null,
    retryAfterMs: parseRetryAfter(res.headers.get('retry-after')),
  });
}

/** Is this a Clockify failure of one of these kinds? The one way the app branches on an error. */
export function isErrorKind(error: unknown, ...kinds: ClockifyErrorKind[]): error is ClockifyError {
  return error instanceof ClockifyError && kinds.includes(error.kind);
}

/** A rejected key or a missing right: every further request of a batch would fail the same way. */
export function stopsTheBatch(error: unknown): boolean {
  return isErrorKind(error, 'auth', 'forbidden');
}

/** Words a manager can act on. `action` names what was being done ("stop the timer"). */
export function describeError(error: unknown, action = 'load this'): string {
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) {
    // The browser's own storage (IndexedDB) or an API it refused: name it, it tells what to fix.
    return `Could not ${action}: the browser refused (${error.name}). Private windows and some privacy settings block this; try a normal window.`;
  }
  if (!(error instanceof ClockifyError)) {
    return `Could not ${action}: something unexpected went wrong. Try again; if it keeps happening, reload the page.`;
  }
  const server = error.serverMessage ? ` Clockify said: “${error.serverMessage}”` : '';
  switch (error.kind) {
    case 'auth':
      return `Could not ${action}: the API key was not accepted. Disconnect and enter a valid key (Clockify → Profile settings → API).`;
    case 'forbidden':
      return `Could not ${action}: this API key does not have the right to do that for this member. Ask a workspace admin, or connect with an admin's key.`;
    case 'not-found':
      return `Could not ${action}: Clockify could not find it.${server}`;
    case 'rule':
      return `Clockify refused to ${action}.${server}`;
    case 'bad-request':
      return `Clockify rejected the request to ${action}.${server}`;
    case 'rate-limit':
      return `Could not ${action}: Clockify's rate limit was reached. Wait a moment and try again.`;
    case 'server':
      return `Could not ${action}: Clockify had a server error (${error.status}). Try again in a moment.`;
    case 'timeout':
      return `Could not ${action}: Clockify did not answer in time. Check your connection and try again.`;
    case 'network':
      return `Could not ${action}: no answer from the server (offline, blocked by the browser, or the connection dropped). Check your connection and try again.`;
    case 'aborted':
      return `Cancelled: did not ${action}.`;
    case 'invalid-response':
      return `Could not ${action}: the server's answer was not in Clockify's format. Check the base URL.`;
  }
}
