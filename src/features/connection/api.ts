import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';

export const demoPersonSchema = z.object({
  name: z.string(),
  email: z.string(),
  role: z.string(),
  workspaceId: z.string(),
  workspaceName: z.optional(z.string()),
  userId: z.optional(z.string()),
  timeZone: z.optional(z.string()),
  apiKey: z.string(),
});
export type DemoPerson = z.infer<typeof demoPersonSchema>;

export const connectionQueries = {
  demoPeople: () =>
    queryOptions({
      queryKey: ['sandbox', 'demo-people'],
      queryFn: async ({ signal }) => {
        const res = await fetch('/sandbox/demo-keys', { signal, credentials: 'omit' });
        if (!res.ok) throw new Error(`The sandbox did not list its demo people (HTTP ${res.status}).`);
        return z.array(demoPersonSchema).parse(await res.json());
      },
      staleTime: Infinity,
      retry: 1,
    }),
};
