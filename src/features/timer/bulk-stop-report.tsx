import '@mantine/core/styles/Table.css';
import { Alert, Anchor, Button, CopyButton, Group, Stack, Table, Text } from '@mantine/core';
import { describeError } from '../../clockify/errors';
import { formatDuration, formatInZone } from '../../lib/dates';
import type { Catalog } from '../../shared/workspaces/api';
import type { PlannedStop } from './end-rules';
import { mailtoLink, stopMessage, type StoppedTimerFacts } from './notify-message';
import type { BulkStopOutcome } from './run-bulk-stop';
import type { TimerRowModel } from './team-timers-list';

interface Props {
  plan: PlannedStop<TimerRowModel>[];
  outcomes: Map<string, BulkStopOutcome>;
  by: string;
  catalog: Catalog | undefined;
  /** Selected but not sent: the rule gave no valid end for them. */
  leftOut?: PlannedStop<TimerRowModel>[];
}

/** The exact result per member, read back from Clockify; "Let them know" for each stopped timer. */
export function BulkStopReport({ plan, outcomes, by, catalog, leftOut = [] }: Props) {
  const count = (kind: BulkStopOutcome['kind']) => plan.filter((p) => outcomes.get(p.entry.id)?.kind === kind).length;
  const stopped = count('stopped');
  const failed = count('failed') + count('cancelled');
  return (
    <Stack gap="sm">
      <Alert color={failed ? 'orange' : 'green'} role="status" title={`Stopped ${stopped} of ${plan.length}`}>
        {[
          `${stopped} stopped`,
          count('already-stopped') ? `${count('already-stopped')} already stopped` : null,
          count('failed') ? `${count('failed')} failed` : null,
          count('cancelled') ? `${count('cancelled')} not sent` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        .{failed > 0 && ' The ones that failed stay selected: “Retry failed” sends the same ends again.'}
        {leftOut.length > 0 &&
          ` Left out, not sent: ${leftOut.map((p) => `${p.memberName} (${(p.invalid ?? 'no end').replace(/\.$/, '')})`).join('; ')}. ${leftOut.length === 1 ? 'That timer still runs' : 'Those timers still run'}.`}
      </Alert>
      <Table.ScrollContainer minWidth={0}>
        <Table aria-label="Stop results" verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Member</Table.Th>
              <Table.Th>Result</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.map((p) => (
              <ResultRow key={p.entry.id} planned={p} outcome={outcomes.get(p.entry.id)} by={by} catalog={catalog} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function ResultRow({ planned, outcome, by, catalog }: { planned: PlannedStop<TimerRowModel>; outcome: BulkStopOutcome | undefined; by: string; catalog: Catalog | undefined }) {
  const zone = planned.timeZone;
  const at = (d: Date) => `${formatInZone(d, zone, 'EEE d MMM, HH:mm:ss')} (${zone})`;
  let text: string;
  let facts: StoppedTimerFacts | null = null;
  switch (outcome?.kind) {
    case undefined:
      text = 'Waiting…';
      break;
    case 'stopped':
      text = `Stopped at ${at(outcome.end)} · ${formatDuration((outcome.end.getTime() - planned.entry.start.getTime()) / 1000)}`;
      facts = {
        memberName: planned.memberName,
        email: planned.email,
        description: planned.entry.description,
        projectName: planned.entry.projectId ? catalog?.projects.get(planned.entry.projectId)?.name ?? null : null,
        start: planned.entry.start,
        end: outcome.end,
        timeZone: zone,
        stoppedBy: by,
      };
      break;
    case 'already-stopped':
      text = outcome.entry?.end
        ? `Already stopped — it had ended at ${at(outcome.entry.end)}; nothing was changed.`
        : 'Already stopped — the entry no longer exists; nothing was changed.';
      break;
    case 'failed':
      text = `Failed: ${describeError(outcome.error, 'stop the timer')}`;
      break;
    case 'cancelled':
      text = 'Not sent (cancelled).';
      break;
  }
  const mailto = facts ? mailtoLink(facts) : null;
  return (
    <Table.Tr aria-invalid={outcome?.kind === 'failed' || undefined}>
      <Table.Td>{planned.memberName}</Table.Td>
      <Table.Td>
        <Text size="sm" c={outcome?.kind === 'failed' ? 'red' : undefined}>
          {text}
        </Text>
        {facts && (
          <Group gap="xs" wrap="wrap" mt={4}>
            {mailto && (
              <Anchor href={mailto} size="sm" style={{ whiteSpace: 'nowrap' }}>
                Let them know
              </Anchor>
            )}
            <CopyButton value={`${stopMessage(facts).subject}\n\n${stopMessage(facts).body}`}>
              {({ copied, copy }) => (
                <Button size="xs" variant="subtle" onClick={copy}>
                  {copied ? 'Copied' : 'Copy message'}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
