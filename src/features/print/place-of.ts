import type { TextSource } from '../../data/schemas/article';

/** "¶ 2", "headline": where on the handout a note's mentions are. */
export function placeOf(source: TextSource | string): string {
  if (source === 'headline') return 'headline';
  if (source === 'photoCredit') return 'photo credit';
  return `¶ ${source.slice(1)}`;
}
