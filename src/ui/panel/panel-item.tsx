import type { ReactNode } from 'react';
import { useExplorerActions, useIsExpanded, useSelectedId } from '../../state/explorer-store';
import { HeadingLevelContext } from '../../ui/heading-level';
import './panel.css';

type PanelItemProps = {
  id: string;
  title: ReactNode;
  /** A line under the title that stays visible when the item is closed. */
  summary?: ReactNode;
  children: ReactNode;
  /** Nested items (the Protocols under the Convention). */
  nested?: ReactNode;
  /** Outside the current filters: still there, but quieter. */
  dim?: boolean;
};

/**
 * One item of a panel, opened in place (the disclosure pattern). Opening it also selects it, so
 * its mentions are marked in the article; a mention activated in the article opens it here.
 */
export function PanelItem({ id, title, summary, children, nested, dim }: PanelItemProps) {
  const expanded = useIsExpanded(id);
  const selected = useSelectedId() === id;
  const { togglePanelItem } = useExplorerActions();
  const bodyId = `panel-item-${id}`;
  return (
    <li className="panel-item" data-selected={selected || undefined} data-dim={dim || undefined}>
      <h3 className="panel-item-heading">
        <button
          type="button"
          className="disclosure"
          id={`panel-button-${id}`}
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => togglePanelItem(id)}
        >
          <span className="disclosure-marker" aria-hidden="true" />
          <span>{title}</span>
        </button>
      </h3>
      {summary && <div className="panel-item-summary">{summary}</div>}
      <div id={bodyId} className="panel-item-body" hidden={!expanded}>
        {expanded && (
          <HeadingLevelContext.Provider value={4}>{children}</HeadingLevelContext.Provider>
        )}
      </div>
      {nested}
    </li>
  );
}
