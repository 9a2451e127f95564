import { describe, expect, it } from 'vitest';
import { memberSchema, userSchema } from '../../clockify/schemas';
import { findMember, memberCalendar } from './use-member-scope';

const person = (id: string, timeZone: string, weekStart: string) => ({ id, name: id, email: `${id}@example.com`, settings: { timeZone, weekStart } });
const members = [memberSchema.parse({ ...person('lukas', 'Europe/Berlin', 'MONDAY'), roles: [] }), memberSchema.parse({ ...person('sam', 'America/Chicago', 'SUNDAY'), roles: [] })];
const me = userSchema.parse(person('owner', 'Asia/Tokyo', 'SATURDAY'));

describe('the member a page shows, and the calendar their range is read in', () => {
  it('is the listed member, in their zone and week', () => {
    expect(findMember(members, me, 'sam')?.name).toBe('sam');
    expect(memberCalendar(findMember(members, me, 'sam'))).toEqual({ timeZone: 'America/Chicago', weekStart: 'SUNDAY' });
  });

  it('is the key’s own user when the list leaves them out (or is not in yet)', () => {
    expect(findMember(members, me, 'owner')).toMatchObject({ id: 'owner', roles: [] });
    expect(memberCalendar(findMember(undefined, me, 'owner'))).toEqual({ timeZone: 'Asia/Tokyo', weekStart: 'SATURDAY' });
  });

  it('is nobody for anyone else; their range is then read in UTC, weeks from Monday', () => {
    expect(findMember(members, me, 'stranger')).toBeUndefined();
    expect(memberCalendar(undefined)).toEqual({ timeZone: 'UTC', weekStart: 'MONDAY' });
  });
});
