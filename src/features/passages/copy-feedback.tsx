import { useEffect, useId, useRef } from 'react';

export type CopyOutcome =
  { kind: 'copied'; what: string } | { kind: 'refused'; what: string; text: string } | null;

/**
 * What happened to the last copy: said in a polite live region ("Link copied"), or, when the
 * clipboard was refused, the text in a selected field so the reader can copy it by hand.
 */
export function CopyFeedback({ outcome }: { outcome: CopyOutcome }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  useEffect(() => {
    if (outcome?.kind === 'refused') field.current?.select();
  }, [outcome]);
  return (
    <>
      <p className="copy-status" role="status" aria-live="polite">
        {outcome?.kind === 'copied' ? `${outcome.what} copied` : ''}
      </p>
      {outcome?.kind === 'refused' && (
        <div className="copy-fallback">
          <label htmlFor={fieldId}>
            The browser did not allow copying. Select the text and copy it yourself:
          </label>
          <textarea id={fieldId} ref={field} readOnly rows={4} value={outcome.text} />
        </div>
      )}
    </>
  );
}
