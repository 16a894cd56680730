import { describe, expect, it } from 'vitest';
import { readDataJson } from '../../tests/test-utils';
import { buildArticleModel } from './article-model';
import { indexEntities } from './entity-index';
import { oncePerFile, oncePerFiles } from './once-per-file';
import { articleFileSchema } from './schemas/article';
import { entitiesFileSchema } from './schemas/entities';

describe('a select made once per loaded file', () => {
  it('derives once per file and gives every caller the same result', () => {
    const seen: object[] = [];
    const derive = oncePerFile((file: { n: number }) => {
      seen.push(file);
      return { double: file.n * 2 };
    });
    const first = { n: 1 };
    const second = { n: 1 };
    expect(derive(first)).toBe(derive(first));
    expect(derive(second)).not.toBe(derive(first));
    expect(derive(second)).toEqual({ double: 2 });
    expect(seen).toEqual([first, second]);
  });

  it('derives once per pair of files, and afresh when either one changes', () => {
    let calls = 0;
    const sum = oncePerFiles((a: { n: number }, b: { n: number }) => {
      calls += 1;
      return { total: a.n + b.n };
    });
    const a = { n: 1 };
    const b = { n: 2 };
    expect(sum(a, b)).toBe(sum(a, b));
    expect(calls).toBe(1);
    const newB = { n: 5 };
    expect(sum(a, newB)).toEqual({ total: 6 });
    expect(sum({ n: 1 }, b)).toEqual({ total: 3 });
    expect(calls).toBe(3);
  });

  it('shares the article model and the entity index between the components that select them', () => {
    const article = articleFileSchema.parse(readDataJson('article.json'));
    const entities = entitiesFileSchema.parse(readDataJson('entities.json'));
    expect(buildArticleModel(article)).toBe(buildArticleModel(article));
    expect(indexEntities(entities).byId).toBe(indexEntities(entities).byId);
    // A file loaded afresh (a refetch with new data) gets a model of its own.
    const reloaded = articleFileSchema.parse(readDataJson('article.json'));
    expect(buildArticleModel(reloaded)).not.toBe(buildArticleModel(article));
    expect(buildArticleModel(reloaded).blocks).toEqual(buildArticleModel(article).blocks);
  });
});
