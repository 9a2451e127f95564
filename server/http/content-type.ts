/** Media-type checks for request bodies (Spring's rules: `application/json` or `application/*+json`). */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isJsonMediaType(header: string | undefined): boolean {
  const type = mediaType(header);
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** Spring's 415 wording; the header value is clipped, never echoed whole. */
export function unsupportedTypeMessage(header: string | undefined): string {
  const shown = (header ?? 'application/octet-stream').slice(0, 80);
  return `Content-Type '${shown}' is not supported; send application/json`;
}
