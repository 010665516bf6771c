import { Link } from '@bridge/ui';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router-dom';

/** A link to another screen of the application: the design system's link, navigating client-side (admin, employer, school). */
export function AppLink({ to, children }: { to: string; children: ReactNode }) {
  const href = useHref(to);
  const onClick = useLinkClickHandler(to);
  return (
    <Link href={href} onClick={onClick}>
      {children}
    </Link>
  );
}
