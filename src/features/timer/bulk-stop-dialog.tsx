import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Table.css';
/** "Stop N timers": one end-time rule, previewed per member in their zone, then sent one PATCH per member. */
import '@mantine/core/styles/Radio.css';
import '@mantine/dates/styles.css';
import { Alert, Button, Group, Modal, NumberInput, Progress, Radio, Stack, Table, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { browserTimeZone, formatDuration, formatInZone, toWireInstant } from '../../lib/dates';
import { useNow } from '../../lib/use-now';
import { useClient } from '../../session/connection-context';
import type { Catalog } from '../../shared/workspaces/api';
import { recordActivity } from '../../shared/activity-log/activity-store';
import { activityItemFor, invalidateAfterStop } from './api';
import { BulkStopReport } from './bulk-stop-report';
import { END_RULE_LABELS, planStops, type EndRule, type PlannedStop } from './end-rules';
import { runBulkStop, type BulkStopOutcome } from './run-bulk-stop';
import { stopDepsFor } from './stop-routine';
import type { TimerRowModel } from './team-timers-list';

interface Props {
  timers: TimerRowModel[];
  lockDate: Date | null;
  mayChangeLocked: boolean;
  by: string;
  catalog: Catalog | undefined;
  /** After each send: the ids that should stay selected on the page (failed or not sent). */
  onSent(stillSelected: string[]): void;
  onClose(): void;
}

type Phase = 'preview' | 'sending' | 'report';

export function BulkStopDialog({ timers: initial, lockDate, mayChangeLocked, by, catalog, onSent, onClose }: Props) {
  const { client } = useClient();
  const qc = useQueryClient();
  const workspaceId = initial[0]?.entry.workspaceId ?? '';
  // The selection as it was when the dialog opened: a timer stopped elsewhere meanwhile is
  // still sent, and reported "already stopped", rather than silently dropped.
  const [timers] = useState(initial);
  const [ruleKind, setRuleKind] = useState<EndRule['kind']>('start-plus');
  const [hours, setHours] = useState<number | string>(8);
  const [localTime, setLocalTime] = useState('18:00');
  const [phase, setPhase] = useState<Phase>('preview');
  const [progress, setProgress] = useState({ sent: 0, total: 0 });
  const [sentPlan, setSentPlan] = useState<PlannedStop<TimerRowModel>[]>([]);
  // The selected timers the rule could not stop (an end in the future, in the locked period):
  // the report names them, so "Stopped 2 of 2" under "Stop 3 timers" does not lose one.
  const [leftOut, setLeftOut] = useState<PlannedStop<TimerRowModel>[]>([]);
  const [outcomes, setOutcomes] = useState<Map<string, BulkStopOutcome>>(new Map());
  const abort = useRef<AbortController | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const now = useNow(1000, phase === 'preview');
  const mine = browserTimeZone();

  const rule: EndRule =
    ruleKind === 'start-plus'
      ? { kind: 'start-plus', hours: typeof hours === 'number' ? hours : Number(hours) }
      : ruleKind === 'local-time'
        ? { kind: 'local-time', time: localTime }
        : { kind: ruleKind };
  const ctx = { lockDate, mayChangeLocked };
  const plan = planStops(timers, rule, { ...ctx, now });
  const valid = plan.filter((p) => !p.invalid && p.end);
  const title = `Stop ${timers.length} ${timers.length === 1 ? 'timer' : 'timers'}`;

  const send = async (items: PlannedStop<TimerRowModel>[]) => {
    const ctrl = new AbortController();
    abort.current = ctrl;
    setCancelling(false);
    setPhase('sending');
    setProgress({ sent: 0, total: items.length });
    const results = await runBulkStop(
      items.map((p) => ({ entry: p.entry, end: p.end! })),
      stopDepsFor(client, workspaceId),
      {
        signal: ctrl.signal,
        onProgress: (sent, total) => setProgress({ sent, total }),
        onResult: (id, outcome) => setOutcomes((m) => new Map(m).set(id, outcome)),
      },
    );
    const counts = { requested: items.length, stopped: 0, 'already stopped': 0, failed: 0, 'not sent': 0 };
    const activityItems = items.map((p) => {
      const r = results.get(p.entry.id)!;
      if (r.kind === 'cancelled') {
        counts['not sent']++;
        return { memberId: p.entry.userId, memberName: p.memberName, entryIds: [p.entry.id], chosenEnd: toWireInstant(r.end), outcome: 'not sent', detail: 'cancelled before it was sent' };
      }
      const item = activityItemFor(p.entry, p.memberName, r);
      counts[item.outcome as 'stopped' | 'already stopped' | 'failed']++;
      return item;
    });
    await recordActivity({
      kind: 'stop',
      by,
      workspaceId,
      summary: `Stopped ${counts.stopped} of ${items.length} timers (${describeRule(rule)})`,
      counts,
      result: counts['not sent'] > 0 ? 'cancelled' : counts.failed > 0 ? (counts.stopped > 0 ? 'partial' : 'failed') : 'done',
      items: activityItems,
    });
    onSent(items.filter((p) => ['failed', 'cancelled'].includes(results.get(p.entry.id)!.kind)).map((p) => p.entry.id));
    await invalidateAfterStop(qc, client, workspaceId);
    setPhase('report');
  };

  const start = () => {
    const all = planStops(timers, rule, { ...ctx, now: new Date() });
    const fresh = all.filter((p) => !p.invalid && p.end);
    setSentPlan(fresh);
    setLeftOut(all.filter((p) => p.invalid || !p.end));
    setOutcomes(new Map());
    void send(fresh);
  };
  const retryable = sentPlan.filter((p) => {
    const o = outcomes.get(p.entry.id);
    return o?.kind === 'failed' || o?.kind === 'cancelled';
  });
  const close = () => {
    if (phase !== 'sending') onClose();
  };

  return (
    // Wide enough for the preview table (820 px at least) beside the dialog's padding: at "xl"
    // its last column sat behind a sideways scroll on a desktop.
    <Modal opened onClose={close} title={title} size={PREVIEW_TABLE_MIN_WIDTH + 64} fullScreen={phone} closeButtonProps={{ 'aria-label': 'Close' }}>
      {phase === 'preview' && (
        <Stack gap="sm">
          <Radio.Group label="End time rule" value={ruleKind} onChange={(v) => setRuleKind(v as EndRule['kind'])}>
            <Stack gap="xs" mt={4}>
              <Radio value="now" label={END_RULE_LABELS.now} />
              <Group gap="sm" align="center">
                <Radio value="start-plus" label={END_RULE_LABELS['start-plus']} />
                <NumberInput
                  label="Hours"
                  size="sm"
                  w={110}
                  min={0.25}
                  max={336}
                  step={1}
                  value={hours}
                  onChange={setHours}
                  onFocus={() => setRuleKind('start-plus')}
                />
              </Group>
              <Radio value="end-of-start-day" label={`${END_RULE_LABELS['end-of-start-day']} (23:59:59 in the member’s zone)`} aria-label={END_RULE_LABELS['end-of-start-day']} />
              <Group gap="sm" align="center">
                <Radio value="local-time" label={END_RULE_LABELS['local-time']} />
                <TimeInput label="Local time" size="sm" w={130} value={localTime} onChange={(e) => setLocalTime(e.currentTarget.value)} onFocus={() => setRuleKind('local-time')} />
              </Group>
            </Stack>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            Each end is worked out in the member’s own time zone. Rows marked invalid are left out.
          </Text>
          {phone ? <PreviewList plan={plan} mine={mine} /> : <PreviewTable plan={plan} mine={mine} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" disabled={valid.length === 0} onClick={start}>
              Stop {valid.length} {valid.length === 1 ? 'timer' : 'timers'}
            </Button>
          </Group>
        </Stack>
      )}
      {phase === 'sending' && (
        <Stack gap="sm" role="status" aria-live="polite">
          <Text>
            Stopping {progress.sent} of {progress.total}…
          </Text>
          <Progress value={(100 * progress.sent) / Math.max(1, progress.total)} aria-label="Stop progress" />
          <Group justify="flex-end">
            <Button
              variant="default"
              disabled={cancelling}
              onClick={() => {
                setCancelling(true);
                abort.current?.abort();
              }}
            >
              {cancelling ? 'Cancelling…' : 'Cancel'}
            </Button>
          </Group>
        </Stack>
      )}
      {phase === 'report' && (
        <Stack gap="sm">
          <BulkStopReport plan={sentPlan} outcomes={outcomes} by={by} catalog={catalog} leftOut={leftOut} />
          <Group justify="flex-end">
            {retryable.length > 0 && (
              <Button color="red" variant="light" onClick={() => void send(retryable)}>
                Retry failed
              </Button>
            )}
            <Button variant="default" onClick={close}>
              Close
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function describeRule(rule: EndRule): string {
  if (rule.kind === 'start-plus') return `start + ${rule.hours} h`;
  if (rule.kind === 'local-time') return `${rule.time} on the start day`;
  return END_RULE_LABELS[rule.kind].toLowerCase();
}

const PREVIEW_TABLE_MIN_WIDTH = 820;

function PreviewTable({ plan, mine }: { plan: PlannedStop[]; mine: string }) {
  return (
    <Table.ScrollContainer minWidth={PREVIEW_TABLE_MIN_WIDTH}>
      <Table aria-label="Preview of the ends" verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Member</Table.Th>
            <Table.Th>Start (member’s zone)</Table.Th>
            <Table.Th>End (member’s zone)</Table.Th>
            <Table.Th>End (your zone, {mine})</Table.Th>
            <Table.Th>Sent as</Table.Th>
            <Table.Th>Duration</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.map((p) => (
            <Table.Tr key={p.entry.id} aria-invalid={!!p.invalid || undefined}>
              <Table.Td>
                {p.memberName}
                <Text size="xs" c="dimmed">
                  {p.timeZone}
                </Text>
              </Table.Td>
              <Table.Td>{formatInZone(p.entry.start, p.timeZone, 'EEE d MMM, HH:mm:ss')}</Table.Td>
              {p.invalid ? (
                <Table.Td colSpan={4}>
                  <Alert color="orange" p={4} variant="light">
                    Invalid, left out: {p.invalid}
                  </Alert>
                </Table.Td>
              ) : (
                <>
                  <Table.Td>{formatInZone(p.end!, p.timeZone, 'EEE d MMM, HH:mm:ss')}</Table.Td>
                  <Table.Td>{formatInZone(p.end!, mine, 'EEE d MMM, HH:mm:ss')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <code>{toWireInstant(p.end!)}</code>
                  </Table.Td>
                  <Table.Td>{formatDuration((p.end!.getTime() - p.entry.start.getTime()) / 1000)}</Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Phones: the same preview, one block per timer instead of a wide table. */
function PreviewList({ plan, mine }: { plan: PlannedStop[]; mine: string }) {
  const at = (d: Date, zone: string) => formatInZone(d, zone, 'EEE d MMM, HH:mm:ss');
  return (
    <ul aria-label="Preview of the ends" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-xs)' }}>
      {plan.map((p) => (
        <li key={p.entry.id} aria-label={p.memberName} aria-invalid={!!p.invalid || undefined}>
          <Stack gap={0} p="xs" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }}>
            <Text fw={600} size="sm">
              {p.memberName} <Text span size="xs" c="dimmed">({p.timeZone})</Text>
            </Text>
            <Text size="sm">Start: {at(p.entry.start, p.timeZone)}</Text>
            {p.invalid ? (
              <Text size="sm" c="orange.8">
                Invalid, left out: {p.invalid}
              </Text>
            ) : (
              <>
                <Text size="sm">End: {at(p.end!, p.timeZone)} · {formatDuration((p.end!.getTime() - p.entry.start.getTime()) / 1000)}</Text>
                <Text size="sm">Your time ({mine}): {at(p.end!, mine)}</Text>
                <Text size="sm">
                  Sent as <code>{toWireInstant(p.end!)}</code>
                </Text>
              </>
            )}
          </Stack>
        </li>
      ))}
    </ul>
  );
}
