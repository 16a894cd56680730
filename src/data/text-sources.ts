import type { ArticleFile, TextSource } from './schemas/article';

/** The text an annotation or quotation points into, or undefined for a missing paragraph. */
export function textOf(article: ArticleFile, source: TextSource): string | undefined {
  if (source === 'headline') return article.meta.headline;
  if (source === 'photoCredit') return article.meta.photoCredit;
  return article.paragraphs.find((paragraph) => paragraph.id === source)?.text;
}

/** "paragraph 4", "the headline": how a reader would name the place. */
export function describeSource(source: TextSource): string {
  if (source === 'headline') return 'the headline';
  if (source === 'photoCredit') return 'the photo credit';
  return `paragraph ${source.slice(1)}`;
}
