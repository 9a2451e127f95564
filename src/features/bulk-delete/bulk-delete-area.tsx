import { Alert, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import type { TimeEntry } from '../../clockify/schemas';
import { formatDuration } from '../../lib/dates';
import { download } from '../../lib/files';
import { useOpenerFocus } from '../../lib/use-opener-focus';
import { useClient } from '../../session/connection-context';
import { sessionKeys } from '../../session/query-keys';
import { recordActivity } from '../../shared/activity-log/activity-store';
import { deletionActivity } from './activity-entries';
import { planDeleteChunks } from '../../clockify/endpoints';
import { deletionDeps } from './api';
import { toBackupEntry, type DeletionRecord } from './backup';
import { DeletionStatus } from './deletion-status';
import { PendingDeletion } from './pending-deletion';
import { deleteQueue } from './queue';
import { UndoNotice } from './undo-notice';
import { readUndoSeconds } from './undo-setting';
import type { BulkDelete } from './use-bulk-delete';

const ExportMenu = lazy(() => import('./export-menu').then((m) => ({ default: m.ExportMenu })));
const ChangeFilterDialog = lazy(() => import('./change-filter-dialog').then((m) => ({ default: m.ChangeFilterDialog })));
const ConfirmDeleteDialog = lazy(() => import('./confirm-delete-dialog').then((m) => ({ default: m.ConfirmDeleteDialog })));

function ExportButtonDisabled() {
  return (
    <Button size="xs" variant="default" disabled>
      Export selected
    </Button>
  );
}

/**
 * The bulk-delete controls above a member's list: the selection toolbar (select all, export,
 * "Delete selected"), each deletion's pending banner and status, and the dialogs. The list
 * itself is the page's; its checkboxes come from `bulk.listSelection`.
 */
export function BulkDeleteArea({ bulk }: { bulk: BulkDelete }) {
  const { scope, grouped, jobs, selection, selected, selectableCount, selectableIds } = bulk;
  const { workspaceId, member, complete, catalog, cannotDelete, canEditLocked } = scope;
  const { client, connection } = useClient();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // The dialog unmounts on close, so focus is handed back to its opener, "Delete selected", by hand.
  const openerFocus = useOpenerFocus(() => deleteButton.current);
  const closeDialog = () => {
    setConfirming(false);
    openerFocus.restore();
  };
  const { state } = selection;
  const selectedSeconds = useMemo(() => selected.reduce((n, e) => n + (e.durationSeconds ?? 0), 0), [selected]);
  const excluded = useMemo(() => {
    if (state.mode !== 'all') return { locked: 0, running: 0 };
    return {
      locked: canEditLocked ? 0 : grouped.entries.filter((e) => e.end && e.isLocked).length,
      running: grouped.entries.filter((e) => !e.end).length,
    };
  }, [state.mode, grouped.entries, canEditLocked]);

  const deleteDisabled = selected.length === 0 || (state.mode === 'all' && !complete);
  const allShown = selectableCount > 0 && selected.length === selectableCount;
  const someShown = selected.length > 0 && !allShown;

  const startDeletion = (entries: TimeEntry[], windowMs?: number) => {
    const backupEntries = entries.map((e) => toBackupEntry(e, catalog));
    const record: DeletionRecord = {
      id: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      workspaceId,
      userId: member.id,
      memberName: member.name,
      timeZone: member.timeZone,
      deletedBy: scope.deletedBy,
      workspaceName: scope.workspaceName,
      entries: backupEntries,
      status: 'scheduled',
      deletedIds: [],
      failedIds: [],
      restored: {},
    };
    const ids = entries.map((e) => e.id);
    const job = deleteQueue.schedule(
      record,
      planDeleteChunks(client, workspaceId, member.id, ids),
      deletionDeps(client, workspaceId, member.id, backupEntries),
      windowMs ?? readUndoSeconds() * 1000,
      (done) => {
        const r = done.result!;
        // What could not be deleted stays selected, ready for "Retry failed".
        selection.replaceWith([...r.failed, ...r.unconfirmed].map((f) => f.id).concat(r.notSent));
        void qc.invalidateQueries({ queryKey: sessionKeys.memberEntries(client, workspaceId, member.id) });
        void recordActivity(deletionActivity(done.record, r, scope.deletedBy?.name ?? connection.userName ?? connection.label));
      },
      // Undo brings back the entries and the selection they had.
      () => selection.replaceWith(ids),
    );
    selection.clear();
    return job;
  };

  const confirmDelete = () => {
    setConfirming(false);
    const job = startDeletion(selected);
    const n = job.record.entries.length;
    notifications.show({
      id: job.id,
      title: `Bulk delete · ${n} ${n === 1 ? 'entry' : 'entries'}`,
      message: (
        <div data-undo-job={job.id}>
          <UndoNotice jobId={job.id} />
        </div>
      ),
      autoClose: false,
      withCloseButton: false,
    });
    // The next decision is in the notice (Undo or Delete now): focus goes there, not back
    // to a "Delete selected" that has nothing left to delete.
    focusWhenShown(() => document.querySelector<HTMLElement>(`[data-undo-job="${job.id}"] button`));
  };

  const exportSelected = async (format: 'csv' | 'json') => {
    const { toCsv, toJson } = await import('./export');
    const rows = selected.map((e) => toBackupEntry(e, catalog));
    const name = `time-entries-${member.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${new Date().toISOString().slice(0, 10)}`;
    if (format === 'csv') download(`${name}.csv`, toCsv(rows), 'text/csv;charset=utf-8');
    else download(`${name}.json`, toJson(rows), 'application/json');
  };

  return (
    <Stack gap="sm">
      {jobs.map((job) => (
        <PendingDeletion key={`pending-${job.id}`} job={job} />
      ))}
      {jobs.map((job) => (
        <DeletionStatus
          key={job.id}
          job={job}
          onCancel={() => deleteQueue.cancel(job.id)}
          onDismiss={() => deleteQueue.dismiss(job.id)}
          onRetry={(ids) => {
            const entries = grouped.entries.filter((e) => ids.includes(e.id));
            deleteQueue.dismiss(job.id);
            if (entries.length) void deleteQueue.sendNow(startDeletion(entries, 0).id);
          }}
        />
      ))}
      {cannotDelete && grouped.entries.length > 0 && (
        <Alert color="gray" p="xs">
          {cannotDelete}
        </Alert>
      )}
      {!cannotDelete && grouped.entries.length > 0 && (
        <Paper withBorder p="xs" role="toolbar" aria-label="Selection">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Group gap="sm">
              <Checkbox
                aria-label="Select all shown entries"
                label="All shown"
                checked={allShown}
                indeterminate={someShown}
                disabled={selectableCount === 0}
                onChange={() => selection.setShown(selectableIds(), !allShown)}
              />
              {state.mode !== 'all' && selectableCount > 0 && (
                <Button size="xs" variant="subtle" onClick={selection.selectAllMatching}>
                  Select all {selectableCount.toLocaleString('en-US')}
                  {complete ? '' : '+'} matching
                </Button>
              )}
              <Text size="sm" aria-live="polite" data-testid="selection-summary">
                {selected.length.toLocaleString('en-US')} selected · total {formatDuration(selectedSeconds)}
                {state.mode === 'all' && !complete ? ' (still loading…)' : ''}
              </Text>
            </Group>
            <Group gap="xs">
              {selected.length > 0 && (
                <Button size="xs" variant="subtle" onClick={selection.clear}>
                  Clear selection
                </Button>
              )}
              {/* The menu's code loads with the first selection; until then the button is plainly disabled. */}
              {selected.length === 0 ? (
                <ExportButtonDisabled />
              ) : (
                <Suspense fallback={<ExportButtonDisabled />}>
                  <ExportMenu onExport={(format) => void exportSelected(format)} />
                </Suspense>
              )}
              <Button
                ref={deleteButton}
                size="xs"
                color="red"
                // Disabled but still focusable, so focus can come back here after the dialog.
                data-disabled={deleteDisabled || undefined}
                aria-disabled={deleteDisabled || undefined}
                onClick={(ev) => {
                  if (deleteDisabled) ev.preventDefault();
                  else setConfirming(true);
                }}
              >
                Delete selected
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
      {bulk.pendingChange && (
        <Suspense fallback={null}>
          <ChangeFilterDialog selected={selected.length} onAnswer={(change) => bulk.resolvePendingChange(change)} />
        </Suspense>
      )}
      {confirming && (
        <Suspense fallback={null}>
          <ConfirmDeleteDialog
            opened
            entries={selected}
            excluded={excluded}
            memberName={member.name}
            timeZone={member.timeZone}
            catalog={catalog}
            onCancel={closeDialog}
            onConfirm={confirmDelete}
          />
        </Suspense>
      )}
    </Stack>
  );
}

/**
 * Focus an element that a portal renders a frame or two later (gives up after ~1 s), unless the
 * manager has put focus somewhere in the meantime: a notice's Undo focused after they clicked
 * away (to another page) would hold its countdown, paused, with nobody reading it.
 */
function focusWhenShown(find: () => HTMLElement | null, frames = 60, focusedBefore = document.activeElement) {
  const active = document.activeElement;
  if (active !== focusedBefore && active !== document.body && active !== null) return;
  const el = find();
  if (el) el.focus();
  else if (frames > 0) requestAnimationFrame(() => focusWhenShown(find, frames - 1, focusedBefore));
}
