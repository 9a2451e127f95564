import { describe, expect, it } from 'vitest';
import { roleLabel, roleName } from './role-names';

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
});
