import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation, type To } from 'react-router-dom';
import { Notice } from '@bridge/ui';

/** A link inside the application (client-side navigation), drawn as the design system's link. */
export function AppLink({
  to,
  state,
  children,
  'aria-label': ariaLabel,
}: {
  to: To;
  state?: unknown;
  children: ReactNode;
  'aria-label'?: string;
}) {
  return (
    <RouterLink
      to={to}
      state={state}
      className="utrecht-link utrecht-link--html-a"
      aria-label={ariaLabel}
    >
      {children}
    </RouterLink>
  );
}

/** A link that leads to a form or a next step, drawn like a button (it navigates, so it is a link). */
export function ButtonLink({
  to,
  children,
  primary,
}: {
  to: To;
  children: ReactNode;
  primary?: boolean;
}) {
  return (
    <RouterLink
      to={to}
      className={`utrecht-button-link utrecht-button-link--html-a ${primary ? 'utrecht-button-link--primary-action' : 'utrecht-button-link--secondary-action'}`}
    >
      {children}
    </RouterLink>
  );
}

/** What a form passes to the screen it leads to after success (never personal data). */
export interface NoticeState {
  /** The message key (in the screen's namespace, under `notices.`). */
  notice: string;
  /** Values for the message, e.g. a qualification's title. */
  values?: Record<string, string>;
}

/** The success message a form left in the navigation state, to show on the next screen. */
export function useNoticeFromNavigation(): NoticeState | undefined {
  const location = useLocation();
  const state = location.state as Partial<NoticeState> | null;
  return typeof state?.notice === 'string'
    ? { notice: state.notice, values: state.values }
    : undefined;
}

export function SuccessNotice({ message }: { message: string | undefined }) {
  if (!message) return null;
  return <Notice tone="ok">{message}</Notice>;
}
