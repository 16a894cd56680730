import type { ArticleFile } from './schemas/article';
import type { EntitiesFile } from './schemas/entities';

/**
 * The two files must agree: every entity the article names exists in entities.json, and every
 * entity has at least one place where the article mentions it (otherwise a card could never be
 * reached). Returns the first fault, naming the file it is in, or null.
 */
export function checkReferences(article: ArticleFile, entitiesFile: EntitiesFile): string | null {
  const ids = new Set<string>();
  for (const [index, entity] of entitiesFile.entities.entries()) {
    if (ids.has(entity.id))
      return `entities.json: entity ${index + 1} repeats the id "${entity.id}"`;
    ids.add(entity.id);
  }
  const missing = (id: string) => `"${id}", which entities.json does not define`;

  for (const [index, annotation] of article.annotations.entries()) {
    for (const id of annotation.entities) {
      if (!ids.has(id))
        return `article.json: annotation ${index + 1} names the entity ${missing(id)}`;
    }
  }
  for (const [index, quotation] of article.quotations.entries()) {
    if (!ids.has(quotation.speaker)) {
      return `article.json: quotation ${index + 1} is attributed to ${missing(quotation.speaker)}`;
    }
  }
  if (!ids.has(article.meta.event))
    return `article.json: meta.event is ${missing(article.meta.event)}`;
  for (const id of article.meta.place.entities) {
    if (!ids.has(id)) return `article.json: meta.place names ${missing(id)}`;
  }

  const mentioned = new Set(article.annotations.flatMap((annotation) => annotation.entities));
  for (const [index, entity] of entitiesFile.entities.entries()) {
    if (!mentioned.has(entity.id)) {
      return `entities.json: entity ${index + 1} ("${entity.name}") is never mentioned in the article`;
    }
  }
  return null;
}
