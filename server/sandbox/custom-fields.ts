/**
 * Bounds on custom-field values. Clockify publishes no figure, so the sandbox picks
 * conservative ones (README, "The sandbox"): a value is at most 4 KB as JSON (UTF-8 bytes),
 * nested at most 3 levels (a dropdown's list of options is 1), and an entry has at most 50
 * of them. Anything over is 400/3000 before anything is stored, so every stored value can
 * be read and serialised again.
 */
import { badRequest } from './errors';

export const MAX_CUSTOM_FIELD_VALUE_BYTES = 4096;
export const MAX_CUSTOM_FIELD_DEPTH = 3;
export const MAX_CUSTOM_FIELDS_PER_ENTRY = 50;

/** Nesting depth without recursion (a hostile value must not overflow the stack here either). */
export function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const here = depth + 1;
    deepest = Math.max(deepest, here);
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, here]);
  }
  return deepest;
}

/** The value as it will be stored; throws 400/3000 naming the limit it breaks. */
export function checkCustomFieldValue(value: unknown, index: number): unknown {
  const where = `customFields[${index}].value`;
  if (depthOf(value, MAX_CUSTOM_FIELD_DEPTH) > MAX_CUSTOM_FIELD_DEPTH) {
    throw badRequest(`Invalid request body: ${where} is nested more than ${MAX_CUSTOM_FIELD_DEPTH} levels deep`);
  }
  const json = JSON.stringify(value ?? null);
  if (Buffer.byteLength(json) > MAX_CUSTOM_FIELD_VALUE_BYTES) {
    throw badRequest(`Invalid request body: ${where} is larger than ${MAX_CUSTOM_FIELD_VALUE_BYTES} bytes`);
  }
  return value ?? null;
}

export function checkCustomFieldCount(count: number): void {
  if (count > MAX_CUSTOM_FIELDS_PER_ENTRY) {
    throw badRequest(`Invalid request body: at most ${MAX_CUSTOM_FIELDS_PER_ENTRY} custom fields per time entry`);
  }
}

/**
 * Stored custom fields → wire values. Rows written before these bounds existed may hold
 * values nested too deep to serialise; they read back as `null` rather than failing the list.
 */
export function readStoredCustomFields(text: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map((item: unknown) => {
    if (item === null || typeof item !== 'object' || !('value' in item)) return item;
    return depthOf(item.value, MAX_CUSTOM_FIELD_DEPTH) > MAX_CUSTOM_FIELD_DEPTH ? { ...item, value: null } : item;
  });
}
