/**
 * The entries floor page's deferred controls (see entries.tsx): the custom range form
 * (react-hook-form, Mantine's DateInput), the member and project selects and the export menu.
 */
import { useForm } from 'react-hook-form';
import { Button, Group, Menu, Select } from '@mantine/core';
import { DateInput } from '@mantine/dates';

export default function Controls() {
  const form = useForm<{ from: Date | null; to: Date | null }>({ defaultValues: { from: null, to: null } });
  return (
    <form onSubmit={form.handleSubmit(() => undefined)}>
      <Group>
        <Select label="Team member" data={['Ada', 'Grace']} />
        <Select label="Project" data={['Website', 'Mobile']} />
        <DateInput label="From" value={form.watch('from')} onChange={(d) => form.setValue('from', d ? new Date(d) : null)} />
        <DateInput label="To" value={form.watch('to')} onChange={(d) => form.setValue('to', d ? new Date(d) : null)} />
        <Button type="submit">Apply range</Button>
        <Menu>
          <Menu.Target>
            <Button>Export</Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item>CSV</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </form>
  );
}
