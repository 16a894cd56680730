import { useExplorerActions } from '../../state/explorer-store';
import type { OpenDefinition } from '../../ui/definition-link';

/** From a panel, a link starts a new trail in the definition view; focus comes back to the link. */
export function useOpenFromPanel(): OpenDefinition {
  const { openDefinition } = useExplorerActions();
  return (id, returnFocusTo) => openDefinition(id, { returnFocusTo });
}
