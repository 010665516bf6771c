import { useQuery } from '@tanstack/react-query';

export interface RuntimeConfig {
  /** `dev`: sign in with a development token; `oidc`: a backend-for-frontend signs people in. */
  authMode: 'dev' | 'oidc';
}

/** What the web server says at run time (`/config.json`); dev sign-in when it says nothing. */
export function useRuntimeConfig() {
  return useQuery({
    queryKey: ['runtime-config'],
    staleTime: Infinity,
    queryFn: async (): Promise<RuntimeConfig> => {
      const response = await fetch('/config.json').catch(() => undefined);
      const body = response?.ok
        ? ((await response.json().catch(() => ({}))) as Partial<RuntimeConfig>)
        : {};
      return { authMode: body.authMode === 'oidc' ? 'oidc' : 'dev' };
    },
  });
}
