import { useQuery } from '@tanstack/react-query';
import { entitiesQuery } from '../../data/entities-query';
import { indexEntities } from '../../data/entity-index';
import { useExplorerActions, useNotices, useRestoredView } from '../../state/explorer-store';
import { useDeferredSelection } from '../../state/use-filter-result';
import { entityTypeMeta } from '../../ui/entity-type-meta';

const and = (words: string[]) =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/** What is on now, in words: "The filter for corruption is on." or "Showing everything." */
function useShownInWords(): string {
  const { crimes, topics } = useDeferredSelection();
  const { data: entities } = useQuery({ ...entitiesQuery(), select: indexEntities });
  const parts = [
    ...crimes.map((id) => (entities?.byId[id]?.name ?? id).toLowerCase()),
    ...topics.map((type) => entityTypeMeta[type].plural),
  ];
  if (parts.length === 0) return 'Showing everything.';
  return parts.length === 1
    ? `The filter for ${parts[0]} is on.`
    : `The filters for ${and(parts)} are on.`;
}

/**
 * Ids in a shared address that the explorer does not have, said once, politely, with what is
 * shown instead (the rest of the address still applies); and a view that came back from this
 * browser's storage, which a reader on a shared computer did not choose, with a way out.
 */
export function ViewNotices() {
  const notices = useNotices();
  const restored = useRestoredView();
  const shown = useShownInWords();
  const { dismissNotices, dismissRestored, startFresh } = useExplorerActions();
  return (
    <>
      {notices.length > 0 && (
        <div className="view-notice" role="status">
          <p>
            {notices.map((notice) => `${notice}.`).join(' ')} {shown}
          </p>
          <button type="button" className="button button-quiet" onClick={dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      {restored && (
        <div className="view-notice" role="status">
          <p>Restored your last view, saved in this browser.</p>
          <button type="button" className="button" onClick={startFresh}>
            Start fresh
          </button>
          <button type="button" className="button button-quiet" onClick={dismissRestored}>
            Keep it<span className="visually-hidden"> (dismiss this notice)</span>
          </button>
        </div>
      )}
    </>
  );
}
