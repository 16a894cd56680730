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
