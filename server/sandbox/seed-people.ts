/** The seeded cast: every role, and time zones on both sides of UTC (Tokyo +9, Los Angeles −8/−7). */
import type { Role } from './store-types';

export interface Person {
  name: string;
  email: string;
  timeZone: string;
  weekStart: 'MONDAY' | 'SUNDAY';
  us: boolean;
  role: Role;
  /** Emails of the members this team manager manages. */
  team?: string[];
  hourlyRate: number;
  costRate: number | null;
}

const person = (p: Omit<Person, 'weekStart' | 'us'> & { us?: boolean }): Person => ({
  ...p,
  us: !!p.us,
  weekStart: p.us ? 'SUNDAY' : 'MONDAY',
});

export const MAIN_PEOPLE: readonly Person[] = [
  person({ name: 'Ada Lovelace', email: 'ada@northwind.example', timeZone: 'Europe/London', role: 'OWNER', hourlyRate: 15000, costRate: 9000 }),
  person({ name: 'Grace Hopper', email: 'grace@northwind.example', timeZone: 'America/New_York', us: true, role: 'WORKSPACE_ADMIN', hourlyRate: 14000, costRate: 8500 }),
  person({
    name: 'Zoë Ødegaard', email: 'zoe@northwind.example', timeZone: 'Europe/Berlin', role: 'TEAM_MANAGER', hourlyRate: 12000, costRate: 7000,
    team: ['haruto@northwind.example', 'marcus@northwind.example', 'siobhan@northwind.example', 'lukas@northwind.example'],
  }),
  person({ name: 'Kwame Mensah', email: 'kwame@northwind.example', timeZone: 'UTC', role: 'TEAM_MANAGER', hourlyRate: 11000, costRate: null, team: ['sofia@northwind.example', 'priya@northwind.example'] }),
  person({ name: 'Priya Natarajan', email: 'priya@northwind.example', timeZone: 'Asia/Kolkata', role: 'PROJECT_MANAGER', hourlyRate: 10000, costRate: 6000 }),
  person({ name: 'Haruto 佐藤', email: 'haruto@northwind.example', timeZone: 'Asia/Tokyo', role: 'USER', hourlyRate: 9000, costRate: 5000 }),
  person({ name: 'Marcus Johnson', email: 'marcus@northwind.example', timeZone: 'America/Los_Angeles', us: true, role: 'USER', hourlyRate: 9500, costRate: null }),
  person({ name: 'Siobhán Ní Bhriain', email: 'siobhan@northwind.example', timeZone: 'Australia/Sydney', role: 'USER', hourlyRate: 8800, costRate: 5200 }),
  person({ name: 'Lukas Müller', email: 'lukas@northwind.example', timeZone: 'Europe/Berlin', role: 'USER', hourlyRate: 8500, costRate: 5000 }),
  person({ name: 'Sofía González', email: 'sofia@northwind.example', timeZone: 'America/Mexico_City', us: true, role: 'USER', hourlyRate: 8000, costRate: null }),
];

/** Only in the side workspace: a key whose owner never sees Northwind. */
export const SIDE_ONLY_PERSON: Person = person({
  name: 'Tomás Rivera', email: 'tomas@sidelab.example', timeZone: 'America/Sao_Paulo', role: 'USER', hourlyRate: 6000, costRate: null,
});

export const FORGOTTEN_TIMER_EMAIL = 'marcus@northwind.example';
/** Has a fresh running timer *and* entries dated tomorrow, so the running entry is not first. */
export const FRESH_TIMER_EMAIL = 'haruto@northwind.example';
/** A forgotten timer started the evening before the latest DST change of her zone (Sydney). */
export const DST_TIMER_EMAIL = 'siobhan@northwind.example';
/** A forgotten timer started inside the workspace's locked period. */
export const LOCKED_TIMER_EMAIL = 'sofia@northwind.example';

export const LONG_DESCRIPTION =
  'Investigated the intermittent timeout in the nightly export job: reproduced it against a copy of production data, ' +
  'traced it to an unindexed join on the audit table, added the index, re-ran the export three times (all under four ' +
  'minutes) and wrote up the findings for the team wiki.';

export const XSS_DESCRIPTION = 'Check preview <img src=x onerror=alert(1)> rendering';

export const DESCRIPTIONS: readonly string[] = [
  'Sprint planning',
  'Code review: payment flow',
  'Fix flaky login test',
  'Client call with Acme',
  "Réunion d'équipe — budget",
  'Design system tokens 🎨',
  'Deploy hotfix 🚀',
  '日本語ドキュメントの翻訳',
  'Überarbeitung der Startseite',
  'Customer support tickets',
  'Refactor reporting module',
  'Pair programming with Zoë',
  'Write release notes ✍️',
  'Research: offline sync',
  'Onboarding new teammate 👋',
  'Database migration dry-run',
  'Accessibility audit (WCAG 2.2)',
  'QA regression pass',
  'Update dependencies',
  'Weekly 1:1',
];
