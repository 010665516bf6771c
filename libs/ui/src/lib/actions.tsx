import { Button as UtrechtButton, ButtonGroup } from '@utrecht/component-library-react';
import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonAppearance = 'primary' | 'secondary' | 'subtle';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: ButtonAppearance;
  busy?: boolean;
}

const APPEARANCES = {
  primary: 'primary-action-button',
  secondary: 'secondary-action-button',
  subtle: 'subtle-button',
} as const satisfies Record<ButtonAppearance, string>;

/** A button as the design system draws it; `busy` keeps it in place but unusable while a request runs. */
export function Button({
  appearance = 'secondary',
  busy,
  type = 'button',
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <UtrechtButton
      {...rest}
      type={type}
      appearance={APPEARANCES[appearance]}
      busy={busy}
      disabled={disabled || busy}
    >
      {children}
    </UtrechtButton>
  );
}

export function Actions({ children }: { children: ReactNode }) {
  return <ButtonGroup className="bridge-actions">{children}</ButtonGroup>;
}

export interface PagerProps {
  label: string;
  previousLabel: string;
  nextLabel: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
  /** e.g. "Pagina 2" */
  status?: string;
}

/** Paging over the API's cursors: forward with nextCursor, back through the cursors seen. */
export function Pager({
  label,
  previousLabel,
  nextLabel,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  status,
}: PagerProps) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav aria-label={label} className="bridge-pager">
      <Button onClick={onPrevious} disabled={!hasPrevious}>
        {previousLabel}
      </Button>
      {status && <span aria-live="polite">{status}</span>}
      <Button onClick={onNext} disabled={!hasNext}>
        {nextLabel}
      </Button>
    </nav>
  );
}
