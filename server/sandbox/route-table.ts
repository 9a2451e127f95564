/**
 * The list of API routes, kept beside the Hono registrations so that 404 vs 405 and the
 * per-route stats keys ("DELETE /v1/workspaces/:workspaceId/user/:userId/time-entries")
 * come from the same definitions that serve requests.
 */
export interface RouteMatch {
  /** The pattern that serves this method and path, if any. */
  pattern: string | null;
  /** Some pattern matches the path (with another method): 405 rather than 404. */
  pathKnown: boolean;
}

export class RouteTable {
  private readonly routes: { method: string; pattern: string; regex: RegExp }[] = [];

  add(method: string, pattern: string): void {
    const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+');
    this.routes.push({ method, pattern, regex: new RegExp(`^${source}$`) });
  }

  match(method: string, path: string): RouteMatch {
    let pathKnown = false;
    for (const r of this.routes) {
      if (!r.regex.test(path)) continue;
      pathKnown = true;
      if (r.method === method || (method === 'HEAD' && r.method === 'GET')) return { pattern: r.pattern, pathKnown };
    }
    return { pattern: null, pathKnown };
  }

  /** Stats key: the route pattern when one matches the path (even under a wrong verb), else "(unknown)". */
  statsKey(method: string, path: string): string {
    const exact = this.match(method, path).pattern;
    const anyPattern = exact ?? this.routes.find((x) => x.regex.test(path))?.pattern ?? '(unknown)';
    return `${method} ${anyPattern}`;
  }
}
