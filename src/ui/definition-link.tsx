import { useId, type ReactNode } from 'react';

export type OpenDefinition = (id: string, returnFocusTo: string | null) => void;

type DefinitionLinkProps = {
  id: string;
  onOpen: OpenDefinition;
  children: ReactNode;
  domId?: string;
};

/**
 * A word or name that opens its own definition. A link, like the mentions in the article: it
 * wraps with the text around it, and its address names the view it opens. It carries an id so
 * focus can come back to it.
 */
export function DefinitionLink({ id, onOpen, children, domId }: DefinitionLinkProps) {
  const autoId = useId();
  return (
    <a
      href={`?open=${encodeURIComponent(id)}`}
      className="definition-link"
      id={domId ?? `definition-link-${autoId}`}
      data-definition={id}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onOpen(id, event.currentTarget.id || null);
      }}
    >
      {children}
    </a>
  );
}
