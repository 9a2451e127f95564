/** Counts of /api requests since the last reset, keyed by route pattern (never concrete ids). */
export interface StatsSnapshot {
  total: number;
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
}

export class RequestStats {
  private snapshotData: StatsSnapshot = { total: 0, byRoute: {}, byStatus: {} };

  /** `status` is the HTTP status, or "dropped" when the socket was destroyed instead. */
  record(routeKey: string, status: number | 'dropped'): void {
    const s = this.snapshotData;
    s.total += 1;
    s.byRoute[routeKey] = (s.byRoute[routeKey] ?? 0) + 1;
    s.byStatus[String(status)] = (s.byStatus[String(status)] ?? 0) + 1;
  }

  reset(): void {
    this.snapshotData = { total: 0, byRoute: {}, byStatus: {} };
  }

  snapshot(): StatsSnapshot {
    return structuredClone(this.snapshotData);
  }
}
