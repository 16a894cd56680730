import type { ReactNode } from 'react';

/** A link out of the explorer: http(s) only, a new tab, said so to screen readers. */
export function ExternalLink({
  href,
  className,
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  if (!/^https?:\/\//i.test(href)) return <>{children}</>;
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
