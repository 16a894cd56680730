import { useEffect, type ReactNode } from 'react';
import './island.css';

/**
 * A control inside markup that no component hydrates (the prerendered article, see
 * features/article/article-slot.tsx): it says which component drew it and with what props, so it
 * can be brought to life on its own, as a root of its own, without hydrating the text around it.
 * Rendered normally (no prerendered copy), it is just a wrapper that takes no room.
 */
export function Island<P extends object>({
  name,
  props,
  inline = false,
  children,
}: {
  name: string;
  props: P;
  /** Inside a paragraph (the dateline's Cite) the wrapper must be phrasing content. */
  inline?: boolean;
  children: ReactNode;
}) {
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag className="island" data-island={name} data-island-props={JSON.stringify(props)}>
      {children}
    </Tag>
  );
}

/** Says when its island has hydrated: its effects run once its root has committed. */
export function IslandHydrated({
  onHydrated,
  children,
}: {
  onHydrated: () => void;
  children: ReactNode;
}) {
  useEffect(onHydrated, [onHydrated]);
  return children;
}
