import type { FilterData } from './apply-filters';

/**
 * For each item, the crime categories it stands with: a category with itself, a treaty with the
 * categories it addresses (as either file records it). Built once per loaded data, so a filter
 * change only has to look ids up.
 */
export type Relations = { crimesOf: Record<string, readonly string[]> };

export function buildRelations(data: Pick<FilterData, 'instruments' | 'crimes'>): Relations {
  const crimesOf: Record<string, string[]> = {};
  const add = (id: string, crime: string) => {
    const list = (crimesOf[id] ??= []);
    if (!list.includes(crime)) list.push(crime);
  };
  for (const crime of Object.values(data.crimes ?? {})) {
    add(crime.id, crime.id);
    for (const ref of crime.instruments) add(ref.instrument, crime.id);
  }
  for (const instrument of Object.values(data.instruments ?? {})) {
    for (const ref of instrument.addresses) add(instrument.id, ref.crime);
  }
  return { crimesOf };
}
