type DataErrorProps = {
  /** What could not be shown, e.g. "The article". */
  what: string;
  error: Error;
  onRetry: () => void;
  retrying: boolean;
};

/** A load failure in the place of the content it stands for, in plain words, with a way out. */
export function DataError({ what, error, onRetry, retrying }: DataErrorProps) {
  return (
    <div className="data-error" role="alert">
      <p className="data-error-title">{what} could not be shown.</p>
      <p className="data-error-detail">{error.message}</p>
      <button
        type="button"
        className="button"
        onClick={onRetry}
        disabled={retrying}
        aria-busy={retrying}
      >
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
