import { useParams } from 'react-router';
import { TeamTimers } from '../../features/timer/team-timers';

/** Team timers: every running timer the key may see, to find and stop forgotten ones. */
export function TeamTimersPage() {
  const { workspaceId = '' } = useParams();
  return <TeamTimers workspaceId={workspaceId} />;
}

export { prefetchTeamFirstScreen } from './team-first-screen';
