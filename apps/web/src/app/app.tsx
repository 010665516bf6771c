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
    defaultOptions: { queries: { retry, staleTime: 5_000, refetchOnWindowFocus: true }, mutations: { retry: false } },
  });
}

/** The application: server state, the session (in memory) and the typed API clients around the frame. */
export function App({ clients, session }: { clients?: ApiClients; session?: Session } = {}) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider initial={session}>
        <ApiProvider clients={clients}>
          <AppFrame />
        </ApiProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}

