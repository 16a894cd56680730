import { z } from 'zod';
import { isoDateSchema, sourceSchema, textSchema } from './common';

/*
 * sdgs.json: the 2030 Agenda, which succeeded the Millennium Development Goals, and the SDG goals
 * whose targets concern the article's crimes. The targets themselves (number, official wording,
 * source) are kept once, in crime-categories.json beside the categories they concern, and
 * referenced from here by number, so a wording cannot drift between two files.
 */

const sourcesSchema = z.array(sourceSchema).min(1);

/** SDG targets are numbered (16.4) or lettered for means of implementation (16.a). */
export const sdgTargetRefSchema = z
  .string()
  .regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]\d?|[a-c])$/, 'must be an SDG target number such as "16.4"');

export const sdgGoalSchema = z.strictObject({
  number: z.number().int().min(1).max(17),
  /** Only where a UN page gives it; a goal without one is shown by its number. */
  title: z.strictObject({ text: textSchema, sources: sourcesSchema }).optional(),
});
export type SdgGoal = z.infer<typeof sdgGoalSchema>;

export const sdgsFileSchema = z.strictObject({
  version: z.literal(1),
  /** The id the definition view opens for the Agenda as a whole. */
  id: z.literal('sdgs'),
  name: textSchema,
  /** What readers type: "SDGs", "SDG", "2030 Agenda". */
  otherNames: z.array(textSchema),
  agenda: z.strictObject({
    title: textSchema,
    /** Set only when confirmed in a copy of the resolution; its source says where it was read. */
    symbol: textSchema.optional(),
    adopted: isoDateSchema,
    goals: z.number().int().positive(),
    targets: z.number().int().positive(),
    until: z.number().int().min(2015).max(2100),
    sources: sourcesSchema,
  }),
  /** That the MDGs ended in 2015 and the 2030 Agenda took their place, in plain words. */
  succession: z.strictObject({ text: textSchema, sources: sourcesSchema }),
  /**
   * Which SDGs carry each MDG on. `pairs` is empty when no UN source pairs them; `note` then says
   * so, rather than the team inventing a pairing.
   */
  mdgContinuity: z.strictObject({
    pairs: z.array(
      z.strictObject({
        mdg: z.number().int().min(1).max(8),
        sdgs: z.array(z.number().int().min(1).max(17)).min(1),
        sources: sourcesSchema,
      }),
    ),
    note: textSchema,
  }),
  goals: z.array(sdgGoalSchema).min(1),
  /** The targets the panel lists, in this order; each must be in crime-categories.json. */
  targets: z.array(sdgTargetRefSchema).min(1),
});
export type SdgsFile = z.infer<typeof sdgsFileSchema>;
