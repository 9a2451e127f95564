import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createClient, type ClockifyClient } from '../clockify/client';
import { earlyAwareFetch } from '../boot/early-fetch';
import { clearConnection, loadConnection, saveConnection, type Connection } from './connection-store';

interface ConnectionState {
  connection: Connection | null;
  client: ClockifyClient | null;
  connect(connection: Connection): void;
  disconnect(): void;
  /** The manager pressed Disconnect in this tab (until they connect again): no page to come back to. */
  disconnected: boolean;
}

const ConnectionContext = createContext<ConnectionState | null>(null);

type ClientConnection = Pick<Connection, 'id' | 'baseUrl' | 'apiKey' | 'rateLimitPerSecond'>;
let lastClient: { connection: ClientConnection; client: ClockifyClient } | null = null;

/**
 * The client for a connection: the same one for the same connection, so what reads before the
 * first render (an entries link's prefetch) and the page after it share one rate limit.
 */
export function clientFor(connection: ClientConnection): ClockifyClient {
  const { id, baseUrl, apiKey, rateLimitPerSecond } = connection;
  const last = lastClient?.connection;
  if (lastClient && last?.id === id && last.baseUrl === baseUrl && last.apiKey === apiKey && last.rateLimitPerSecond === rateLimitPerSecond) {
    return lastClient.client;
  }
  const client = createClient({
    id,
    baseUrl,
    apiKey,
    // Takes over the requests an entries link already started before the app booted.
    fetch: earlyAwareFetch,
    rateLimit: rateLimitPerSecond ? { perSecond: rateLimitPerSecond } : null,
  });
  lastClient = { connection: { id, baseUrl, apiKey, rateLimitPerSecond }, client };
  return client;
}

export function ConnectionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<Connection | null>(loadConnection);
  const [disconnected, setDisconnected] = useState(false);
  const client = useMemo(() => (connection ? clientFor(connection) : null), [connection]);

  const connect = useCallback(
    (next: Connection) => {
      saveConnection(next);
      queryClient.clear();
      setConnection(next);
      setDisconnected(false);
    },
    [queryClient],
  );
  const disconnect = useCallback(() => {
    clearConnection();
    queryClient.clear();
    setConnection(null);
    setDisconnected(true);
  }, [queryClient]);

  const value = useMemo(() => ({ connection, client, connect, disconnect, disconnected }), [connection, client, connect, disconnect, disconnected]);
  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}

export function useConnection() {
  const ctx = useContext(ConnectionContext);
  if (!ctx) throw new Error('useConnection outside ConnectionProvider');
  return ctx;
}

/** For pages behind the connect gate: the client is there. */
export function useClient(): { client: ClockifyClient; connection: Connection } {
  const { client, connection } = useConnection();
  if (!client || !connection) throw new Error('Not connected');
  return { client, connection };
}
