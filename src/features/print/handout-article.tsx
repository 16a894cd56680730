import type { ArticleModel } from '../../data/article-model';
import type { Block } from '../../data/layout-text';
import { PHOTO_CREDIT_LABEL } from '../../ui/photo-credit';
import { formatUnDate } from '../../ui/format-date';

type Props = {
  model: ArticleModel;
  /** Note numbers by mention control; null while the notes are not in, to print plain text. */
  numbersOfControl: Record<string, number[]> | null;
};

/**
 * The article as published, on paper: numbered paragraphs, each mention as plain text followed
 * by its note numbers. Its own copy rather than the screen's, which is built of controls (links,
 * icons, "continues" markers) that mean nothing on paper.
 */
export function HandoutArticle({ model, numbersOfControl }: Props) {
  const { article, blocks } = model;
  const { meta } = article;
  const text = (source: string) => (
    <NumberedText blocks={blocks[source] ?? []} numbersOfControl={numbersOfControl} />
  );
  return (
    <article className="handout-article">
      <p className="handout-publisher">
        {meta.publisher.name} · {meta.publisher.tagline}
      </p>
      <h1 className="handout-headline">{text('headline')}</h1>
      <p className="handout-dateline">
        {formatUnDate(meta.datePublished)} · {meta.place.name} · Original:{' '}
        <span className="handout-url">{meta.url}</span>
      </p>
      <p className="handout-credit">
        {PHOTO_CREDIT_LABEL} {text('photoCredit')}
      </p>
      {article.paragraphs.map((paragraph, index) => (
        <p key={paragraph.id} className="handout-paragraph">
          <span className="handout-paragraph-number">¶ {index + 1}</span> {text(paragraph.id)}
        </p>
      ))}
    </article>
  );
}

function NumberedText({
  blocks,
  numbersOfControl,
}: {
  blocks: Block[];
  numbersOfControl: Record<string, number[]> | null;
}) {
  // The article's own quotation marks are in its text, so quotations need no marks of their own.
  return blocks
    .flatMap((block) => block.segments)
    .map((segment) => {
      const numbers = segment.kind === 'mention' ? numbersOfControl?.[segment.id] : undefined;
      return numbers ? (
        <span key={segment.start} className="handout-mention">
          {segment.text}
          <sup className="handout-note-ref">{numbers.join(',')}</sup>
        </span>
      ) : (
        segment.text
      );
    });
}
