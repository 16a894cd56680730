import { isTopic, knownCrimes, type View } from './view';

export type UrlReading = {
  view: View;
  /** Whether the address named any view at all (it then wins over the stored one). */
  hasView: boolean;
  /** Plain-words notices for ids the address names that the explorer does not have. */
  notices: string[];
};

const listParam = (params: URLSearchParams, name: string): string[] =>
  (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);

/**
 * Reads a view from a query string such as `?crime=cyber-crime,smuggling-of-migrants&topic=
 * instrument&open=trafficking-in-persons`. Unknown ids are dropped with a notice; duplicates
 * once; order kept as written.
 */
export function readUrlState(search: string): UrlReading {
  const params = new URLSearchParams(search);
  const notices: string[] = [];

  const crimes: string[] = [];
  for (const id of listParam(params, 'crime')) {
    if (!knownCrimes.has(id)) notices.push(`No crime type called “${id}”`);
    else if (!crimes.includes(id)) crimes.push(id);
  }
  const topics: View['topics'] = [];
  for (const id of listParam(params, 'topic')) {
    if (!isTopic(id)) notices.push(`No topic called “${id}”`);
    else if (!topics.includes(id)) topics.push(id);
  }
  const open = params.get('open')?.trim() || null;
  const hasView = ['crime', 'topic', 'open'].some((name) => params.has(name));
  return { view: { crimes, topics, open }, hasView, notices };
}

/**
 * Writes a view as a readable query string (empty when there is nothing to say). Other
 * parameters already in the address are kept, so the explorer plays well with whatever hosts it.
 */
export function writeUrlState(view: View, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const name of ['crime', 'topic', 'open']) params.delete(name);
  if (view.crimes.length > 0) params.set('crime', view.crimes.join(','));
  if (view.topics.length > 0) params.set('topic', view.topics.join(','));
  if (view.open) params.set('open', view.open);
  // Commas are safe in a query and far easier to read than %2C.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
