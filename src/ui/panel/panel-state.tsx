import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DataError } from '../../ui/data-error';
import { LoadingNotice } from '../../ui/loading-notice';
import './panel.css';

type PanelStateProps = {
  what: string;
  file: string;
  results: readonly UseQueryResult<unknown>[];
  /**
   * A fault between files that loaded (an id one names that the other lacks): said above the
   * panel, which shows what it can; Retry refetches `faultResults`.
   */
  fault?: string | null;
  faultResults?: readonly UseQueryResult<unknown>[];
  children: () => ReactNode;
};

/**
 * One of the panels beside the article: a landmark region named by its visible heading, which
 * shows its own loading and failure, so one broken file takes down only its panel.
 */
export function Panel({ id, title, ...state }: PanelStateProps & { id: string; title: string }) {
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-heading">
        {title}
      </h2>
      <PanelState {...state} />
    </section>
  );
}

export function PanelState({
  what,
  file,
  results,
  fault,
  faultResults = results,
  children,
}: PanelStateProps) {
  const failed = results.find((result) => result.isError);
  if (failed?.error) {
    return (
      <DataError
        what={what}
        error={failed.error}
        onRetry={() => results.filter((r) => r.isError).forEach((r) => void r.refetch())}
        retrying={results.some((r) => r.isError && r.isFetching)}
      />
    );
  }
  if (results.some((result) => result.isPending))
    return <LoadingNotice what={what.toLowerCase()} file={file} />;
  return (
    <>
      {fault && (
        <DataError
          what={`Part of ${what.charAt(0).toLowerCase()}${what.slice(1)}`}
          error={new Error(`${fault}.`)}
          onRetry={() => faultResults.forEach((r) => void r.refetch())}
          retrying={faultResults.some((r) => r.isFetching)}
        />
      )}
      {children()}
    </>
  );
}
