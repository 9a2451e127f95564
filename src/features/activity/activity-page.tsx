import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Combobox.css';
import { Alert, Badge, Button, Card, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { localKeys } from '../../session/query-keys';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { browserTimeZone, formatInZone } from '../../lib/dates';
import { download } from '../../lib/files';
import { activityToCsv, activityToJson } from './activity-export';
import { ACTIVITY_KIND_LABELS, activityStore, type ActivityKind, type ActivityRecord } from '../../shared/activity-log/activity-store';


const RESULT_COLORS: Record<ActivityRecord['result'], string> = { done: 'green', partial: 'orange', failed: 'red', cancelled: 'gray' };

/**
 * Everything this console changed from this browser, newest first: stops, bulk deletes,
 * restores. `deletionHistory` is the deletion backups (with their Restore), composed in by the
 * route so this feature does not render another feature's page itself.
 */
export function ActivityPage({ deletionHistory }: { deletionHistory?: ReactNode }) {
  const { workspaceId = '' } = useParams();
  const qc = useQueryClient();
  const log = useQuery({ queryKey: localKeys.activity(), queryFn: () => activityStore.list(), staleTime: 0 });
  const [kind, setKind] = useState<ActivityKind | 'all'>('all');
  const [member, setMember] = useState<string>('all');
  useEffect(() => activityStore.subscribe(() => void qc.invalidateQueries({ queryKey: localKeys.activity() })), [qc]);

  const inWorkspace = (log.data ?? []).filter((r) => r.workspaceId === workspaceId);
  const members = [...new Map(inWorkspace.flatMap((r) => r.items.map((i) => [i.memberId, i.memberName] as const))).entries()].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const shown = inWorkspace.filter((r) => (kind === 'all' || r.kind === kind) && (member === 'all' || r.items.some((i) => i.memberId === member)));
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '');
  const zone = browserTimeZone();

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Activity
      </Title>
      <Text size="sm">
        Every change this console made from this browser — stopped timers, bulk deletions and restores — with who made it and
        what came of it. It is kept in this browser only: another browser or a cleared browser shows none of it. (Clockify’s own
        audit log is an Enterprise-plan feature.)
      </Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label="Kind"
          w={180}
          allowDeselect={false}
          value={kind}
          onChange={(v) => v && setKind(v as ActivityKind | 'all')}
          data={[{ value: 'all', label: 'All kinds' }, ...Object.entries(ACTIVITY_KIND_LABELS).map(([value, label]) => ({ value, label }))]}
        />
        <Select
          label="Member"
          w={220}
          allowDeselect={false}
          value={member}
          onChange={(v) => v && setMember(v)}
          data={[{ value: 'all', label: 'All members' }, ...members.map(([value, label]) => ({ value, label }))]}
        />
        <Group gap="xs">
          <Button variant="default" disabled={shown.length === 0} onClick={() => download(`activity-${stamp}.csv`, activityToCsv(shown), 'text/csv')}>
            Export CSV
          </Button>
          <Button variant="default" disabled={shown.length === 0} onClick={() => download(`activity-${stamp}.json`, activityToJson(shown), 'application/json')}>
            Export JSON
          </Button>
        </Group>
      </Group>
      {log.isPending && <Loader aria-label="Loading the activity log" />}
      {log.isError && (
        <Alert color="red" title="Could not read the activity log">
          This browser refused to open its local storage (IndexedDB), so the log cannot be shown. Private windows sometimes do this.
        </Alert>
      )}
      {log.isSuccess && shown.length === 0 && (
        <Text c="dimmed">{inWorkspace.length === 0 ? 'No changes from this browser in this workspace yet.' : 'No activity matches these filters.'}</Text>
      )}
      {shown.length > 0 && (
        <ul aria-label="Activity log" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
          {shown.map((r) => (
            <li key={r.id} aria-label={r.summary}>
              <Card withBorder padding="sm">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Group gap="xs">
                    <Badge variant="light">{ACTIVITY_KIND_LABELS[r.kind]}</Badge>
                    <Text fw={600}>{r.summary}</Text>
                  </Group>
                  {/* Dark text on a light tint: readable at badge size in both themes (axe contrast). */}
                  <Badge color={RESULT_COLORS[r.result]} variant="light" c="var(--mantine-color-text)">
                    {r.result}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {formatInZone(new Date(r.at), zone, 'EEE d MMM yyyy, HH:mm:ss')} ({zone}) · by {r.by}
                </Text>
                <Stack gap={2} mt={4}>
                  {r.items.map((i) => (
                    <Text key={`${i.memberId}-${i.entryIds.join()}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {i.memberName}: {i.outcome}
                      {i.detail ? ` — ${i.detail}` : ''}
                      {i.chosenEnd ? ` (end chosen ${i.chosenEnd})` : ''}
                      {i.entryIds.length > 1 ? ` · ${i.entryIds.length} entries` : ''}
                    </Text>
                  ))}
                </Stack>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {deletionHistory && <DeletionBackups>{deletionHistory}</DeletionBackups>}
    </Stack>
  );
}

/** The deletion backups, with their Restore: a section of this page under its own heading. */
function DeletionBackups({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="deletion-backups-heading">
      <Title order={2} size="h3" id="deletion-backups-heading" mt="md" mb="xs">
        Deletion history
      </Title>
      {children}
    </section>
  );
}
