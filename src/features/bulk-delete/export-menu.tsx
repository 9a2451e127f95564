import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Menu.css';
import { Button, Menu } from '@mantine/core';

/** "Export selected" → CSV or JSON. Its own chunk (Menu brings the popover code): shown once something is selected. */
export function ExportMenu({ onExport }: { onExport(format: 'csv' | 'json'): void }) {
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button size="xs" variant="default">
          Export selected
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onExport('csv')}>CSV</Menu.Item>
        <Menu.Item onClick={() => onExport('json')}>JSON</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
