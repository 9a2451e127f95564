import { Button, Group, Modal, Stack, Text } from '@mantine/core';

/** Asked before a member, range or filter change drops a selection. Its own chunk: rendered only while asking. */
export function ChangeFilterDialog({ selected, onAnswer }: { selected: number; onAnswer(change: boolean): void }) {
  return (
    <Modal opened onClose={() => onAnswer(false)} title="Change the filter?" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        <Text size="sm">
          {selected.toLocaleString('en-US')} {selected === 1 ? 'entry is' : 'entries are'} selected. Changing the member, range or
          filters clears the selection.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onAnswer(false)}>
            Keep selection
          </Button>
          <Button onClick={() => onAnswer(true)}>Change and clear selection</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
