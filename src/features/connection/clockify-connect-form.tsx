import '@mantine/core/styles/PasswordInput.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Combobox.css';
import { Alert, Button, Checkbox, Group, NumberInput, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { z } from 'zod/mini';
import { useEffect } from 'react';
import { announcedExtraHosts, checkBaseUrlHost } from '../../clockify/allowed-hosts';
import { isErrorKind } from '../../clockify/errors';
import { describeConnectError } from './connect-error';
import { REGIONS, REGION_IDS, proxyBaseUrl, type Region } from '../../clockify/regions';
import { newConnectionId, type Connection } from '../../session/connection-store';
import { useVerifyAndConnect } from './use-verify-and-connect';

const formSchema = z
  .object({
    region: z.enum(['custom', ...REGION_IDS]),
    customBaseUrl: z.string().check(z.trim()),
    apiKey: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Enter your API key (Clockify → Profile settings → API).'),
        z.maxLength(200, 'That is too long to be a Clockify API key.'),
        z.regex(/^[\x21-\x7e]+$/, 'An API key has no spaces or special characters.'),
      ),
    remember: z.boolean(),
    useProxy: z.boolean(),
    rateLimitPerSecond: z.number({ error: 'Enter a number.' }).check(z.gte(0.01, 'At least 0.01.'), z.lte(50, 'Clockify allows 50 a second at most.')),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.region !== 'custom') return;
      const url = z.url().safeParse(v.customBaseUrl);
      if (!url.success || !/^https?:\/\//.test(v.customBaseUrl)) {
        ctx.addIssue({ code: 'custom', path: ['customBaseUrl'], message: 'Enter a URL like https://api.clockify.me/api' });
        return;
      }
      const host = checkBaseUrlHost(v.customBaseUrl, window.location.origin, announcedExtraHosts());
      if (!host.allowed) ctx.addIssue({ code: 'custom', path: ['customBaseUrl'], message: host.message });
    }),
  );
type FormValues = z.infer<typeof formSchema>;

/** A typed base URL as the client wants it: no trailing slash, and no /v1 (the client adds it; docs often show it). */
const customBase = (url: string) => url.trim().replace(/\/+$/, '').replace(/\/v1$/i, '');

function toConnection(v: FormValues): Connection {
  const region = v.region as Region | 'custom';
  const baseUrl =
    region === 'custom'
      ? customBase(v.customBaseUrl)
      : v.useProxy
        ? proxyBaseUrl(window.location.origin, region)
        : REGIONS[region].baseUrl;
  return {
    id: newConnectionId(),
    kind: 'clockify',
    baseUrl,
    apiKey: v.apiKey.trim(),
    label: region === 'custom' ? 'Clockify (custom URL)' : `Clockify ${REGIONS[region].label}${v.useProxy ? ' via proxy' : ''}`,
    rateLimitPerSecond: v.rateLimitPerSecond,
    remember: v.remember,
  };
}

export function ClockifyConnectForm() {
  const [params] = useSearchParams();
  const verify = useVerifyAndConnect(params.get('next'));
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { region: 'global', customBaseUrl: '', apiKey: '', remember: false, useProxy: false, rateLimitPerSecond: 10 },
  });
  const region = useWatch({ control: form.control, name: 'region' });
  const errors = form.formState.errors;
  const networkFailed =
    isErrorKind(verify.error, 'network') && region !== 'custom' && !form.getValues('useProxy');

  const submit = form.handleSubmit((v) => verify.mutate(toConnection(v)));
  // An answer about the old input is stale once the input changes: clear it on edit.
  const { reset: clearVerify } = verify;
  useEffect(() => {
    const sub = form.watch(() => clearVerify());
    return () => sub.unsubscribe();
  }, [form, clearVerify]);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Controller
          control={form.control}
          name="region"
          render={({ field }) => (
            <Select
              label="Region"
              data={[
                ...REGION_IDS.map((r) => ({ value: r, label: REGIONS[r].label })),
                { value: 'custom', label: 'Custom base URL' },
              ]}
              allowDeselect={false}
              value={field.value}
              onChange={(v) => field.onChange(v ?? 'global')}
            />
          )}
        />
        {region === 'custom' && (
          <TextInput
            label="Base URL"
            description="What comes before /v1 in Clockify's API paths (a /v1 at the end is left out)"
            placeholder="https://api.clockify.me/api"
            {...form.register('customBaseUrl')}
            error={errors.customBaseUrl?.message}
          />
        )}
        <PasswordInput
          label="API key"
          autoComplete="off"
          description="Stored in this tab only, unless you tick Remember. It is sent only as the X-Api-Key header."
          {...form.register('apiKey')}
          error={errors.apiKey?.message}
        />
        <Checkbox label="Remember on this device" {...form.register('remember')} />
        {region !== 'custom' && (
          <Checkbox
            label="Connect through this server's proxy (when the browser blocks direct calls)"
            {...form.register('useProxy')}
          />
        )}
        <Controller
          control={form.control}
          name="rateLimitPerSecond"
          render={({ field }) => (
            <NumberInput
              label="Requests per second"
              description="Paid plans allow 50/s. New free workspaces get 30 requests an hour."
              min={0.01}
              max={50}
              // Out of range is said (the schema's message), not quietly changed on blur.
              clampBehavior="none"
              decimalScale={3}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
              error={errors.rateLimitPerSecond?.message}
            />
          )}
        />
        {verify.isError && (
          <Alert color="red" title="Could not connect">
            <Text size="sm">{describeConnectError(verify.error, region === 'custom' ? { customBaseUrl: customBase(form.getValues('customBaseUrl')) } : {})}</Text>
            {networkFailed && (
              <Button
                mt="xs"
                size="xs"
                variant="light"
                onClick={() => {
                  form.setValue('useProxy', true);
                  void submit();
                }}
              >
                Try again through this server's proxy
              </Button>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={verify.isPending}>
            Connect
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
