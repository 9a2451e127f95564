import { formatDuration } from '../../lib/dates';
import { useNow } from '../../lib/use-now';

/** Finished time plus, while an entry runs, the time since it started — ticking. */
export function liveSeconds(seconds: number, since: Date | null, now: Date): number {
  return seconds + (since ? Math.max(0, Math.floor((now.getTime() - since.getTime()) / 1000)) : 0);
}

export function LiveTotal({ seconds, since }: { seconds: number; since: Date | null }) {
  const now = useNow(1000, since !== null);
  return <>{formatDuration(liveSeconds(seconds, since, now))}</>;
}
