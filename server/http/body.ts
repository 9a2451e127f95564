/** Reads a request body with a hard cap, so a huge upload never sits in memory whole. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBodyBytes(req: Request, limit = BODY_LIMIT_BYTES): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError();
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export async function readBodyText(req: Request, limit = BODY_LIMIT_BYTES): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(req, limit));
}
