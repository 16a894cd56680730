import { useExplorerActions, useNotices } from '../../state/explorer-store';

/** Ids in a shared address that the explorer does not have: said once, politely, then dismissed. */
export function ViewNotices() {
  const notices = useNotices();
  const { dismissNotices } = useExplorerActions();
  if (notices.length === 0) return null;
  return (
    <div className="view-notice" role="status">
      <p>{notices.map((notice) => `${notice} — showing all.`).join(' ')}</p>
      <button type="button" className="button button-quiet" onClick={dismissNotices}>
        Dismiss
      </button>
    </div>
  );
}
