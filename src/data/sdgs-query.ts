import { dataFileQuery } from './data-file-query';
import type { CrimeCategoriesFile } from './schemas/reference';
import type { SdgsFile } from './schemas/sdgs';

export const SDGS_FILE = 'sdgs.json';

/** sdgs.json, parsed and checked; its schema is loaded on first use, like the others'. */
export const sdgsQuery = () =>
  dataFileQuery(SDGS_FILE, () => import('./schemas/sdgs').then((m) => m.sdgsFileSchema), checkSdgs);

export const selectSdgs = (file: SdgsFile) => ({
  file,
  goals: Object.fromEntries(file.goals.map((goal) => [goal.number, goal])),
});
export type SdgIndex = ReturnType<typeof selectSdgs>;

/** Every listed target belongs to a goal the file describes, once. */
function checkSdgs(file: SdgsFile): string | null {
  const goals = new Set(file.goals.map((goal) => goal.number));
  const seen = new Set<string>();
  for (const [index, target] of file.targets.entries()) {
    if (seen.has(target)) return `target ${index + 1} ("${target}") is listed twice`;
    seen.add(target);
    const goal = Number(target.split('.')[0]);
    if (!goals.has(goal))
      return `target ${index + 1} ("${target}") belongs to goal ${goal}, which the file does not describe`;
  }
  return null;
}

/**
 * sdgs.json lists targets whose wording crime-categories.json holds; a target one file names
 * and the other lacks is reported with both files' names.
 */
export function checkSdgTargetsAgree(sdgs: SdgsFile, crimes: CrimeCategoriesFile): string | null {
  const worded = new Set(crimes.sdgTargets.map((target) => target.target));
  const listed = new Set(sdgs.targets);
  for (const target of sdgs.targets) {
    if (!worded.has(target))
      return `${SDGS_FILE} lists SDG target ${target}, whose wording crime-categories.json lacks`;
  }
  for (const target of worded) {
    if (!listed.has(target))
      return `crime-categories.json words SDG target ${target}, which ${SDGS_FILE} does not list`;
  }
  return null;
}
