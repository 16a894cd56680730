import { useId, type ReactNode } from 'react';

export type OpenDefinition = (id: string, returnFocusTo: string | null) => void;

type DefinitionLinkProps = {
  id: string;
  onOpen: OpenDefinition;
  children: ReactNode;
  domId?: string;
};

/**
 * A word or name that opens its own definition. A button, since it changes what the page shows
 * rather than going somewhere; it carries an id so focus can come back to it.
 */
export function DefinitionLink({ id, onOpen, children, domId }: DefinitionLinkProps) {
  const autoId = useId();
  return (
    <button
      type="button"
      className="link-button"
      id={domId ?? `definition-link-${autoId}`}
      data-definition={id}
      onClick={(event) => onOpen(id, event.currentTarget.id || null)}
    >
      {children}
    </button>
  );
}
