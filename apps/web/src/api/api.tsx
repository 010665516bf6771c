import { createApiClients, type ApiClients } from '@bridge/api-client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useSession } from '../session/session';

const ApiContext = createContext<ApiClients | undefined>(undefined);

/** The typed clients of the three services, through the web server's `/api/<service>`. */
export function ApiProvider({ children, clients }: { children: ReactNode; clients?: ApiClients }) {
  const { currentToken, signOut } = useSession();
  const value = useMemo(
    () => clients ?? createApiClients({ getToken: currentToken, onUnauthorized: () => signOut('expired') }),
    [clients, currentToken, signOut],
  );
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClients {
  const clients = useContext(ApiContext);
  if (!clients) throw new Error('useApi outside ApiProvider');
  return clients;
}
