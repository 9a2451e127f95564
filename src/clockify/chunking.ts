/**
 * Split ids into DELETE requests whose URL stays under 8 KB (Clockify's servers refuse longer
 * request lines), never one request per entry. Each id costs `time-entry-ids=<24 hex>&`.
 */
export const MAX_URL_BYTES = 8000;
export const MAX_IDS_PER_REQUEST = 150;

export function chunkIds(ids: readonly string[], baseUrlLength: number, maxIds = MAX_IDS_PER_REQUEST): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = baseUrlLength + 1; // the '?'
  for (const id of ids) {
    const cost = 'time-entry-ids='.length + encodeURIComponent(id).length + 1;
    if (current.length > 0 && (length + cost > MAX_URL_BYTES || current.length >= maxIds)) {
      chunks.push(current);
      current = [];
      length = baseUrlLength + 1;
    }
    current.push(id);
    length += cost;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
