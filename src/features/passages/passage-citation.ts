import type { ArticleFile } from '../../data/schemas/article';
import { textFragment } from '../../data/text-fragment';
import { formatUnDate } from '../../ui/format-date';

/** A stretch of one paragraph, by UTF-16 offsets into its text (end exclusive). */
export type Span = { source: string; start: number; end: number };

/** Who speaks in a span: the speaker of any quotation it overlaps, else the publisher alone. */
export function speakerOf(article: ArticleFile, span: Span): string | null {
  const quotation = article.quotations.find((candidate) =>
    candidate.parts.some(
      (part) => part.source === span.source && part.start < span.end && span.start < part.end,
    ),
  );
  return quotation?.speaker ?? null;
}

/**
 * The address of the same words on the publisher's own page (the original UN News story), as a
 * text fragment: the page's words are the article's, so the fragment is built from them.
 */
export function originalLink(article: ArticleFile, span: Span): string {
  const paragraph = article.paragraphs.find((p) => p.id === span.source);
  const text = paragraph?.text ?? '';
  const pageText = [article.meta.headline, ...article.paragraphs.map((p) => p.text)].join('\n');
  const fragment = textFragment({
    pageText,
    exact: text.slice(span.start, span.end),
    before: text.slice(0, span.start),
    after: text.slice(span.end),
  });
  return `${article.meta.url}${fragment}`;
}

/**
 * The words exactly as published, then who said them, where and when, and a link a reader can
 * follow to them. The words keep their own quotation marks, so they are set apart as a block
 * rather than wrapped in marks of ours.
 */
export function quoteWithCitation(
  article: ArticleFile,
  span: Span,
  names: { speaker: (id: string) => string },
  link: string,
): string {
  const paragraph = article.paragraphs.find((p) => p.id === span.source);
  const words = (paragraph?.text ?? '').slice(span.start, span.end).trim();
  const speaker = speakerOf(article, span);
  const where = `“${article.meta.headline}”, ${article.meta.publisher.name}, ${formatUnDate(article.meta.datePublished)}`;
  const who = speaker ? `${names.speaker(speaker)}, quoted in ${where}` : where;
  return `${words}\n— ${who}. ${link}`;
}
