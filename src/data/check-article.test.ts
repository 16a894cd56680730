import { describe, expect, it } from 'vitest';
import { readDataJson } from '../../tests/test-utils';
import { checkArticle } from './check-article';
import { checkReferences } from './check-references';
import { articleFileSchema, type ArticleFile } from './schemas/article';
import { entitiesFileSchema } from './schemas/entities';

const load = () => articleFileSchema.parse(readDataJson('article.json'));
const entities = () => entitiesFileSchema.parse(readDataJson('entities.json'));

/** A copy of the real article with one annotation changed, to see what the reader is told. */
function withAnnotation(index: number, change: (a: ArticleFile['annotations'][number]) => void) {
  const article = load();
  const annotation = article.annotations[index];
  if (!annotation) throw new Error(`no annotation ${index}`);
  change(annotation);
  return article;
}

describe('checkArticle', () => {
  it('accepts the real article', () => {
    expect(checkArticle(load())).toBeNull();
  });

  it('says which annotation runs past the end of which paragraph, counting from 1', () => {
    const article = load();
    const index = article.annotations.findIndex((a) => a.target.source === 'p4');
    const broken = withAnnotation(index, (a) => {
      a.target.selector[0].end = 10_000;
    });
    expect(checkArticle(broken)).toBe(`annotation ${index + 1} ends after the end of paragraph 4`);
  });

  it('catches an annotation whose quote no longer matches the text at its offsets', () => {
    const broken = withAnnotation(2, (a) => {
      a.target.selector[0].start += 1;
      a.target.selector[0].end += 1;
    });
    expect(checkArticle(broken)).toMatch(
      /^annotation 3 quotes ".+" but paragraph 1 has ".+" at its offsets$/,
    );
  });

  it('catches an annotation pointing into a paragraph that does not exist', () => {
    const broken = withAnnotation(0, (a) => {
      a.target.source = 'p9';
    });
    expect(checkArticle(broken)).toBe('annotation 1 points into paragraph 9, which does not exist');
  });

  it('catches an annotation that starts or ends between the two halves of an emoji', () => {
    // Annotation 3 is "Secretary-General Ban Ki-moon" at the start of paragraph 1. Put an emoji
    // (two UTF-16 code units) across one of its offsets, keeping the length of the paragraph and
    // making the quote selectors agree, so only the split character is wrong.
    const splitAt = (offset: number, start: number, end: number) => {
      const article = load();
      const paragraph = article.paragraphs[0];
      const annotation = article.annotations[2];
      if (!paragraph || !annotation) throw new Error('no paragraph 1 or annotation 3');
      const text = paragraph.text;
      paragraph.text = `${text.slice(0, offset - 1)}🙂${text.slice(offset + 1)}`;
      const [position, quote] = annotation.target.selector;
      Object.assign(position, { start, end });
      quote.exact = paragraph.text.slice(start, end);
      quote.prefix = paragraph.text.slice(Math.max(0, start - 20), start);
      quote.suffix = paragraph.text.slice(end, end + 20);
      return checkArticle(article);
    };
    expect(splitAt(10, 10, 29)).toBe('annotation 3 starts in the middle of a character');
    expect(splitAt(29, 0, 29)).toBe('annotation 3 ends in the middle of a character');
    expect(splitAt(30, 0, 29)).toBeNull();
  });

  it('catches a quotation that claims a closing mark it does not have', () => {
    const article = load();
    const runOn = article.quotations.findIndex((q) => q.parts.length > 1);
    const part = article.quotations[runOn]?.parts[0];
    if (!part) throw new Error('no run-on quotation');
    part.closesWithMark = true;
    expect(checkArticle(article)).toMatch(new RegExp(`^quotation ${runOn + 1}, part 1 `));
  });
});

describe('checkReferences', () => {
  it('names the annotation that points to an entity entities.json lacks', () => {
    const broken = withAnnotation(4, (a) => {
      a.entities = ['no-such-thing'];
    });
    expect(checkReferences(broken, entities())).toBe(
      'article.json: annotation 5 names the entity "no-such-thing", which entities.json does not define',
    );
  });

  it('names an entity that the article never mentions', () => {
    const file = entities();
    file.entities.push({ ...file.entities[0]!, id: 'orphan', name: 'Orphan' });
    expect(checkReferences(load(), file)).toBe(
      `entities.json: entity ${file.entities.length} ("Orphan") is never mentioned in the article`,
    );
  });
});
