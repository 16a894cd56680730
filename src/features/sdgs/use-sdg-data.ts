import { useQuery } from '@tanstack/react-query';
import { articleQuery } from '../../data/article-query';
import { buildArticleModel } from '../../data/article-model';
import { crimeCategoriesQuery, selectCrimeCategories } from '../../data/reference-queries';
import { checkSdgTargetsAgree, sdgsQuery, selectSdgs } from '../../data/sdgs-query';
import type { CrimeCategory, SdgTarget } from '../../data/schemas/reference';

export type TargetCategory = {
  category: CrimeCategory;
  fit: 'names' | 'covers' | 'linked';
  note: string | undefined;
};

export type SdgTargetView = {
  target: SdgTarget;
  /** The crime categories that list this target, in the file's order. */
  categories: TargetCategory[];
};

/** sdgs.json with the targets' wording and categories from crime-categories.json. */
export function useSdgData() {
  const sdgs = useQuery({ ...sdgsQuery(), select: selectSdgs });
  const crimes = useQuery({ ...crimeCategoriesQuery(), select: selectCrimeCategories });
  const model = useQuery({ ...articleQuery(), select: buildArticleModel });
  const results = [sdgs, crimes];

  const targets: SdgTargetView[] = [];
  if (sdgs.data && crimes.data) {
    for (const number of sdgs.data.file.targets) {
      const target = crimes.data.sdgTargets[number];
      if (!target) continue;
      const categories = crimes.data.file.categories.flatMap((category) =>
        category.sdgTargets
          .filter((ref) => ref.target === number)
          .map((ref) => ({ category, fit: ref.fit, note: ref.note })),
      );
      targets.push({ target, categories });
    }
  }
  const fault =
    sdgs.data && crimes.data ? checkSdgTargetsAgree(sdgs.data.file, crimes.data.file) : null;

  return {
    sdgs: sdgs.data,
    targets,
    mentionsOf: (categoryId: string) => model.data?.mentionsOfEntity[categoryId] ?? [],
    results,
    fault,
  };
}

export const FIT_LABEL: Record<TargetCategory['fit'], string> = {
  names: 'the target names it',
  covers: 'the target covers it',
  linked: 'linked to it by the target’s source',
};
