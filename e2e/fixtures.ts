/**
 * Fixtures: a fresh sandbox per test, the seeded people's keys, and a small client for the
 * sandbox's Clockify API so tests can check results through the API, not the UI.
 */
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

export interface DemoPerson {
  name: string;
  email: string;
  role: string;
  workspaceId: string;
  workspaceName?: string;
  userId: string;
  timeZone: string;
  apiKey: string;
}

export interface WireEntry {
  id: string;
  description: string;
  userId: string;
  projectId: string | null;
  tagIds: string[] | null;
  billable: boolean;
  isLocked: boolean;
  type: string;
  timeInterval: { start: string; end: string | null; duration: string | null };
}

export class SandboxApi {
  constructor(
    private readonly request: APIRequestContext,
    readonly people: DemoPerson[],
  ) {}

  person(predicate: (p: DemoPerson) => boolean, what: string): DemoPerson {
    const p = this.people.find(predicate);
    if (!p) throw new Error(`No seeded person: ${what}`);
    return p;
  }

  get owner() {
    return this.person((p) => p.role === 'OWNER', 'owner');
  }

  async get<T>(key: string, path: string): Promise<{ status: number; body: T; headers: Record<string, string> }> {
    const res = await this.request.get(`/api${path}`, { headers: { 'X-Api-Key': key } });
    return { status: res.status(), body: (await res.json().catch(() => null)) as T, headers: res.headers() };
  }

  /** Every entry of a member (all pages), newest first. */
  async entries(person: Pick<DemoPerson, 'workspaceId' | 'userId'>, key = this.owner.apiKey, query = ''): Promise<WireEntry[]> {
    const all: WireEntry[] = [];
    for (let page = 1; ; page++) {
      const res = await this.get<WireEntry[]>(
        key,
        `/v1/workspaces/${person.workspaceId}/user/${person.userId}/time-entries?page=${page}&page-size=5000${query}`,
      );
      expect(res.status).toBe(200);
      all.push(...res.body);
      if (res.headers['last-page'] === 'true' || res.body.length < 5000) return all;
    }
  }

  async running(person: Pick<DemoPerson, 'workspaceId' | 'userId'>, key = this.owner.apiKey): Promise<WireEntry | null> {
    const res = await this.get<WireEntry[]>(
      key,
      `/v1/workspaces/${person.workspaceId}/user/${person.userId}/time-entries?in-progress=true&page-size=1`,
    );
    return res.body[0] ?? null;
  }

  async stats(): Promise<{ total: number; byRoute: Record<string, number>; byStatus: Record<string, number> }> {
    return (await this.request.get('/sandbox/stats')).json();
  }

  async resetStats() {
    await this.request.delete('/sandbox/stats');
  }

  async faults(config: Record<string, unknown>) {
    const res = await this.request.post('/sandbox/faults', { data: config });
    expect(res.ok()).toBe(true);
  }

  async clearFaults() {
    await this.request.delete('/sandbox/faults');
  }
}

export async function resetSandbox(request: APIRequestContext, options: Record<string, unknown> = {}) {
  const res = await request.post('/sandbox/reset', { data: { seed: 42, ...options } });
  expect(res.ok(), 'sandbox reset').toBe(true);
  const people = (await (await request.get('/sandbox/demo-keys')).json()) as DemoPerson[];
  return new SandboxApi(request, people);
}

/**
 * Connect through the Sandbox tab, as a user would, and wait until the key was checked and
 * the app left the connect page (its own h1 would satisfy a plain "h1 visible"). `origin`
 * points at another server than the suite's base URL; the wait allows for slow servers.
 */
export async function connectAs(page: Page, person: DemoPerson, origin = '') {
  await page.goto(`${origin}/connect`);
  const label = `Connect as ${person.name}${person.workspaceName ? ` (${person.workspaceName})` : ''}`;
  await page.getByRole('button', { name: label, exact: true }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f]{24}\/u\//, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/’s time entries$/, { timeout: 30_000 });
}

export const test = base.extend<{ sandbox: SandboxApi; consoleErrors: string[] }>({
  sandbox: async ({ request }, use) => {
    const api = await resetSandbox(request);
    await use(api);
    await api.clearFaults();
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await use(errors);
  },
});

export { expect };
