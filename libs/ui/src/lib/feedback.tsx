import { Alert, Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'info' | 'ok' | 'warning' | 'error';

export interface NoticeProps {
  tone: Exclude<Tone, 'neutral'>;
  title?: ReactNode;
  children?: ReactNode;
}

/** A message box. Errors and warnings are announced at once (role alert), the others politely. */
export function Notice({ tone, title, children }: NoticeProps) {
  return (
    <Alert type={tone} role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}>
      {title && (
        <Heading level={2} className="bridge-notice-title">
          {title}
        </Heading>
      )}
      {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
    </Alert>
  );
}

export interface BadgeProps {
  tone: Tone;
  children: ReactNode;
}

/** A status shown as a word in a coloured badge; the word carries the meaning, never the colour alone. */
export function Badge({ tone, children }: BadgeProps) {
  return (
    <StatusBadge
      status={tone === 'ok' ? 'safe' : tone === 'error' ? 'danger' : tone}
      className={`bridge-badge bridge-badge--${tone}`}
    >
      {children}
    </StatusBadge>
  );
}

/** Shown while a list or screen loads; announced once to screen readers. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="bridge-loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}

export interface EmptyStateProps {
  title: ReactNode;
  /** What the person can do about it, e.g. a button or link to create the first one. */
  children?: ReactNode;
}

export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="bridge-empty-state">
      <Paragraph className="bridge-empty-state__title">
        <strong>{title}</strong>
      </Paragraph>
      {children}
    </div>
  );
}
