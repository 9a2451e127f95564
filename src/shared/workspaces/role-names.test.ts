import { describe, expect, it } from 'vitest';
import { memberLabel, roleLabel, roleName } from './role-names';

describe('role names', () => {
  it('names every Clockify role in words', () => {
    expect(['OWNER', 'WORKSPACE_ADMIN', 'TEAM_MANAGER', 'PROJECT_MANAGER', 'USER'].map(roleName)).toEqual([
      'Owner',
      'Admin',
      'Team manager',
      'Project manager',
      'Member',
    ]);
    expect(roleName(null)).toBe('Member');
  });

  it('picks the highest of several roles', () => {
    expect(roleLabel(['PROJECT_MANAGER', 'TEAM_MANAGER'])).toBe('Team manager');
    expect(roleLabel(['PROJECT_MANAGER', 'OWNER'])).toBe('Owner');
    expect(roleLabel([])).toBe('Member');
  });

  it('names a member as the picker and its stand-in show them: name (or email) and highest role', () => {
    expect(memberLabel({ name: 'Ada Lovelace', email: 'ada@example.com', roles: ['OWNER'] })).toBe('Ada Lovelace — Owner');
    expect(memberLabel({ name: '', email: 'ada@example.com', roles: [] })).toBe('ada@example.com — Member');
  });
});
