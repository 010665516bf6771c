import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Claims } from './claims';

/**
 * Who is signed in. The token is kept in memory only (never in localStorage or sessionStorage):
 * a reload or closing the tab signs out, and so does a 401 from any service. Behind a
 * backend-for-frontend (WEB_AUTH_MODE=oidc) there is no token in the browser at all: the BFF
 * holds it and adds it to the forwarded requests (docs/web-sign-in.md).
 */
export interface Session {
  claims: Claims;
  token?: string;
}

export type SignedOutReason = 'signed-out' | 'expired';

interface SessionState {
  session?: Session;
  signedOutReason?: SignedOutReason;
  signIn(session: Session): void;
  signOut(reason?: SignedOutReason): void;
  /** The current token, for the API client (read on every request, so it is never stale). */
  currentToken(): string | undefined;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

export function SessionProvider({ children, initial }: { children: ReactNode; initial?: Session }) {
  const [session, setSession] = useState<Session | undefined>(initial);
  const [signedOutReason, setSignedOutReason] = useState<SignedOutReason>();
  const tokenRef = useRef<string | undefined>(initial?.token);

  const signIn = useCallback((next: Session) => {
    tokenRef.current = next.token;
    setSignedOutReason(undefined);
    setSession(next);
  }, []);
  const signOut = useCallback((reason: SignedOutReason = 'signed-out') => {
    if (tokenRef.current === undefined && reason === 'expired') return;
    tokenRef.current = undefined;
    setSignedOutReason(reason);
    setSession(undefined);
  }, []);
  const currentToken = useCallback(() => tokenRef.current, []);

  const value = useMemo(
    () => ({ session, signedOutReason, signIn, signOut, currentToken }),
    [session, signedOutReason, signIn, signOut, currentToken],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in person's claims; only for screens behind the sign-in. */
export function useClaims(): Claims {
  const { session } = useSession();
  if (!session) throw new Error('useClaims without a session');
  return session.claims;
}
