import { ProblemError, type ApiClients } from '@bridge/api-client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiProvider } from '../api/api';
import { SessionProvider, type Session } from '../session/session';
import { AppFrame } from './app-frame';

/** 4xx answers are final (bad input, out of scope); only a failing service is asked again. */
function retry(failureCount: number, error: unknown) {
  return !(error instanceof ProblemError && error.status < 500) && failureCount < 2;
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry, staleTime: 5_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}

/** The application: server state, the session (in memory) and the typed API clients around the frame. */
export interface AppProps {
  /** Ready clients (tests); otherwise the app builds its own over `fetch` and `baseUrl`. */
  clients?: ApiClients;
  fetch?: (request: Request) => Promise<Response>;
  baseUrl?: string;
  session?: Session;
}

export function App({ clients, fetch, baseUrl, session }: AppProps = {}) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider initial={session}>
        <ApiProvider clients={clients} fetch={fetch} baseUrl={baseUrl}>
          <AppFrame />
        </ApiProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}
