/** Writes through the sandbox's Clockify API that the fixtures' client does not offer. */
import { expect, type APIRequestContext } from '@playwright/test';
import type { DemoPerson, SandboxApi, WireEntry } from '../fixtures';

/** Stop a member's running timer through the API (as if in Clockify or another tab). */
export async function stopTimerViaApi(request: APIRequestContext, key: string, person: Pick<DemoPerson, 'workspaceId' | 'userId'>, end: string) {
  const res = await request.patch(`/api/v1/workspaces/${person.workspaceId}/user/${person.userId}/time-entries`, {
    headers: { 'X-Api-Key': key },
    data: { end },
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as WireEntry;
}

/** One entry as the API has it now. */
export async function entryById(sandbox: SandboxApi, workspaceId: string, id: string) {
  const res = await sandbox.get<WireEntry>(sandbox.owner.apiKey, `/v1/workspaces/${workspaceId}/time-entries/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** Seeded people who have a running timer, found through the API (not assumed). */
export async function peopleWithRunningTimers(sandbox: SandboxApi) {
  const out: Array<{ person: DemoPerson; entry: WireEntry }> = [];
  for (const person of sandbox.people) {
    const entry = await sandbox.running(person);
    if (entry) out.push({ person, entry });
  }
  return out;
}

/** The seeded owner's row for a workspace (the owner key sees everybody there). */
export function ownerIn(sandbox: SandboxApi, workspaceId: string) {
  return sandbox.person((p) => p.role === 'OWNER' && p.workspaceId === workspaceId, `owner of ${workspaceId}`);
}
