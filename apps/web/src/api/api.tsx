import { createApiClients, type ApiClients } from '@bridge/api-client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useSession } from '../session/session';

const ApiContext = createContext<ApiClients | undefined>(undefined);

/** The typed clients of the three services, through the web server's `/api/<service>`. */
export function ApiProvider({
  children,
  clients,
  fetch,
  baseUrl,
}: {
  children: ReactNode;
  clients?: ApiClients;
  fetch?: (request: Request) => Promise<Response>;
  baseUrl?: string;
}) {
  const { currentToken, signOut } = useSession();
  const value = useMemo(
    () =>
      clients ??
      createApiClients({
        baseUrl,
        fetch,
        getToken: currentToken,
        onUnauthorized: () => signOut('expired'),
      }),
    [clients, fetch, baseUrl, currentToken, signOut],
  );
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClients {
  const clients = useContext(ApiContext);
  if (!clients) throw new Error('useApi outside ApiProvider');
  return clients;
}
