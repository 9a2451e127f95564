/** Orders for the Team timers list; longest running first is the default (forgotten timers on top). */
export type TimerSort = 'elapsed-desc' | 'elapsed-asc' | 'member' | 'start-desc' | 'start-asc';

export const SORT_LABELS: Record<TimerSort, string> = {
  'elapsed-desc': 'Elapsed, longest first',
  'elapsed-asc': 'Elapsed, shortest first',
  member: 'Member, A–Z',
  'start-desc': 'Start, newest first',
  'start-asc': 'Start, oldest first',
};

interface Sortable {
  entry: { id: string; start: Date };
  memberName: string;
}

export function sortTimers<T extends Sortable>(rows: T[], sort: TimerSort): T[] {
  const byStart = (a: T, b: T) => a.entry.start.getTime() - b.entry.start.getTime() || a.entry.id.localeCompare(b.entry.id);
  const out = [...rows];
  switch (sort) {
    case 'elapsed-desc':
    case 'start-asc':
      return out.sort(byStart);
    case 'elapsed-asc':
    case 'start-desc':
      return out.sort((a, b) => byStart(b, a));
    case 'member':
      return out.sort((a, b) => a.memberName.localeCompare(b.memberName) || byStart(a, b));
  }
}
