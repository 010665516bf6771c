import type { ReactNode } from 'react';

export interface DisclosureProps {
  /** The always visible line that opens and closes the content (a native summary: keyboard operable). */
  summary: ReactNode;
  children: ReactNode;
  /** Told when it opens or closes, e.g. to load the content only when someone wants to see it. */
  onToggle?(open: boolean): void;
  open?: boolean;
}

/** Content shown on request: the HTML details element, which every browser and screen reader knows. */
export function Disclosure({ summary, children, onToggle, open }: DisclosureProps) {
  return (
    <details
      className="bridge-disclosure"
      open={open}
      onToggle={(event) => onToggle?.(event.currentTarget.open)}
    >
      <summary className="bridge-disclosure__summary">{summary}</summary>
      <div className="bridge-disclosure__content">{children}</div>
    </details>
  );
}
