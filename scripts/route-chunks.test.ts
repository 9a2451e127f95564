import { describe, expect, it } from 'vitest';
import { routeGroups, type ChunkNode } from './route-chunks';

const chunk = (fileName: string, imports: string[], moduleIds: string[], extra: Partial<ChunkNode> = {}): ChunkNode => ({
  fileName,
  imports,
  moduleIds,
  isEntry: false,
  facadeModuleId: null,
  ...extra,
});

// index (entry) → react; the entries route → table, checkbox, modal, own; connect → modal, checkbox;
// team → table, checkbox; a dialog (dynamic, not a page) → datepicker, own.
const graph: ChunkNode[] = [
  chunk('index.js', ['react.js'], ['/src/main.tsx'], { isEntry: true, facadeModuleId: '/index.html' }),
  chunk('react.js', [], ['/node_modules/react/index.js']),
  chunk('entries-page.js', ['table.js', 'checkbox.js', 'modal.js', 'own.js', 'react.js'], ['/src/app/routes/entries-page.tsx'], { facadeModuleId: '/src/app/routes/entries-page.tsx' }),
  chunk('own.js', [], ['/src/features/entries/list.tsx', '/src/features/entries/day-groups.ts']),
  chunk('table.js', [], ['/node_modules/@mantine/core/Table.mjs']),
  chunk('checkbox.js', [], ['/node_modules/@mantine/core/Checkbox.mjs']),
  chunk('modal.js', ['checkbox.js'], ['/node_modules/@mantine/core/Modal.mjs']),
  chunk('connect-page.js', ['modal.js', 'checkbox.js', 'react.js'], ['/src/app/routes/connect-page.tsx'], { facadeModuleId: '/src/app/routes/connect-page.tsx' }),
  chunk('team-page.js', ['table.js', 'checkbox.js'], ['/src/app/routes/team-timers-page.tsx'], { facadeModuleId: '/src/app/routes/team-timers-page.tsx' }),
  chunk('dialog.js', ['own.js', 'datepicker.js'], ['/src/features/timer/stop-dialog.tsx'], { facadeModuleId: '/src/features/timer/stop-dialog.tsx' }),
  chunk('datepicker.js', [], ['/node_modules/@mantine/dates/DatePicker.mjs']),
];
const pages = { connect: '/src/app/routes/connect-page.tsx', team: '/src/app/routes/team-timers-page.tsx' };

describe('routeGroups', () => {
  const groups = routeGroups(graph, '/src/app/routes/entries-page.tsx', pages);
  const byName = Object.fromEntries(groups.map((g) => [g.name, [...g.moduleIds].sort()]));

  it('puts what only the route loads in one group, and each set of sharing pages in one more', () => {
    expect(byName).toEqual({
      'entries-route': ['/src/app/routes/entries-page.tsx', '/src/features/entries/day-groups.ts', '/src/features/entries/list.tsx'],
      'entries-route-with-connect': ['/node_modules/@mantine/core/Modal.mjs'],
      'entries-route-with-connect-team': ['/node_modules/@mantine/core/Checkbox.mjs'],
      'entries-route-with-team': ['/node_modules/@mantine/core/Table.mjs'],
    });
  });

  it('leaves out what the entry chunks already load and what only a dialog loads', () => {
    const grouped = groups.flatMap((g) => g.moduleIds);
    expect(grouped).not.toContain('/node_modules/react/index.js');
    expect(grouped).not.toContain('/node_modules/@mantine/dates/DatePicker.mjs');
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('says which page it could not find', () => {
    expect(() => routeGroups(graph, '/src/app/routes/missing.tsx', pages)).toThrow('no chunk for /src/app/routes/missing.tsx');
  });
});
