import { Link } from '@bridge/ui';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router-dom';

/** A link to another screen: the design system's link, navigating client-side (and keeping the search). */
export function ReviewLink({ to, children, id }: { to: To; children: ReactNode; id?: string }) {
  const href = useHref(to);
  const onClick = useLinkClickHandler(to);
  return (
    <Link href={href} onClick={onClick} id={id}>
      {children}
    </Link>
  );
}
