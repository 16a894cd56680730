import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { articleQuery } from '../../data/article-query';
import { entitiesQuery } from '../../data/entities-query';
import { indexEntities } from '../../data/entity-index';
import { passageUrl, resolvePassage, type PassageRef } from '../../data/passage-address';
import { splitSentences } from '../../data/sentences';
import { ExternalLink } from '../../ui/external-link';
import { copyText } from '../../ui/copy-text';
import { CopyFeedback, type CopyOutcome } from './copy-feedback';
import { originalLink, quoteWithCitation, type Span } from './passage-citation';

type Props = { paragraph: number; source: string; onClose: () => void };

/** The paragraph's links and quotations, sentence by sentence. Loaded on first use. */
export default function PassageMenu({ paragraph, source, onClose }: Props) {
  const { data: article } = useQuery(articleQuery());
  const { data: entities } = useQuery({ ...entitiesQuery(), select: indexEntities });
  const [outcome, setOutcome] = useState<CopyOutcome>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => heading.current?.focus(), []);

  if (!article) return null;
  const text = article.paragraphs[paragraph - 1]?.text ?? '';
  const speaker = (id: string) => entities?.byId[id]?.name ?? id;
  const copy = async (what: string, value: string) =>
    setOutcome(
      (await copyText(value)) ? { kind: 'copied', what } : { kind: 'refused', what, text: value },
    );
  const close = () => {
    onClose();
    // Back to the control that opened the panel, which stays where it was.
    panel.current
      ?.closest('.passage-tools')
      ?.querySelector<HTMLElement>('.passage-button')
      ?.focus();
  };
  const quoteOf = (ref: PassageRef) => {
    const passage = resolvePassage(article, ref);
    const span: Span = { source, start: passage?.start ?? 0, end: passage?.end ?? 0 };
    return quoteWithCitation(article, span, { speaker }, originalLink(article, span));
  };
  const whole: PassageRef = { paragraph, sentence: null };

  return (
    <div
      ref={panel}
      className="passage-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close();
      }}
    >
      <h3 ref={heading} tabIndex={-1} className="passage-menu-heading">
        Link or quote paragraph {paragraph}
      </h3>
      <div className="passage-actions">
        <button
          type="button"
          className="button"
          onClick={() => void copy('Link', passageUrl(window.location, whole))}
        >
          Copy link to this paragraph
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void copy('Quotation', quoteOf(whole))}
        >
          Copy paragraph with citation
        </button>
        <ExternalLink
          className="passage-original"
          href={originalLink(article, { source, start: 0, end: text.length })}
        >
          This paragraph on UN News (the original)
        </ExternalLink>
      </div>
      <ol className="passage-sentences" aria-label={`Sentences of paragraph ${paragraph}`}>
        {splitSentences(text).map((sentence, index) => {
          const ref: PassageRef = { paragraph, sentence: index + 1 };
          const which = `sentence ${index + 1}`;
          return (
            <li key={sentence.start}>
              <p className="passage-sentence">{sentence.text}</p>
              <div className="passage-actions">
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void copy('Link', passageUrl(window.location, ref))}
                >
                  Copy link<span className="visually-hidden"> to {which}</span>
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void copy('Quotation', quoteOf(ref))}
                >
                  Copy quote<span className="visually-hidden"> of {which}</span> with citation
                </button>
                <ExternalLink
                  className="passage-original"
                  href={originalLink(article, { source, start: sentence.start, end: sentence.end })}
                >
                  On UN News<span className="visually-hidden">: {which} in the original</span>
                </ExternalLink>
              </div>
            </li>
          );
        })}
      </ol>
      <CopyFeedback outcome={outcome} />
      <button type="button" className="button button-quiet passage-close" onClick={close}>
        Close
      </button>
    </div>
  );
}
