import { z } from 'zod';
import { entityIdSchema, partialDateSchema, sourceSchema, textSchema } from './common';
import { crimeCategoryIds, TIMELINE_END, TIMELINE_START } from './ids';

export { TIMELINE_END, TIMELINE_START };

/*
 * timeline.json: the dated events between the Millennium Summit (2000) and the SDG deadline
 * (2030) that the article sits among. Each event is a fact like any other: it carries its
 * sources, and a date is given only as far as they give it.
 */

/** What happened, for the event's mark on the axis. */
export const timelineEventKinds = [
  'meeting',
  'adoption',
  'signature',
  'entry-into-force',
  'review',
  'deadline',
] as const;
export type TimelineEventKind = (typeof timelineEventKinds)[number];

/** The dates an instrument's card shows, which can link back to their place on the timeline. */
export const cardDateFields = ['adoption', 'openingForSignature', 'entryIntoForce'] as const;
export type CardDateField = (typeof cardDateFields)[number];

export const timelineEventSchema = z
  .strictObject({
    /** Also the anchor: `#timeline-<id>`. */
    id: entityIdSchema,
    /** The first day (or month, or year) as the sources give it. */
    date: partialDateSchema,
    /** The last day of an event that lasted several days. */
    end: partialDateSchema.optional(),
    label: textSchema,
    kind: z.enum(timelineEventKinds),
    /**
     * Only what the sources report: "scheduled" for a meeting no stored source says took place.
     * Events in the past that the sources report are "held" (the default).
     */
    status: z.enum(['held', 'scheduled']).default('held'),
    /** The entity, instrument or goal whose card the event opens. */
    opens: entityIdSchema.optional(),
    /** The card dates this event is (a Convention and two Protocols share one adoption). */
    cardDates: z
      .array(z.strictObject({ instrument: entityIdSchema, field: z.enum(cardDateFields) }))
      .default([]),
    /** The crime categories the event concerns, for the crime-type filter. */
    crimes: z.array(z.enum(crimeCategoryIds)),
    note: textSchema.optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .refine((event) => event.end === undefined || event.end >= event.date, {
    message: 'must not end before it starts',
    path: ['end'],
  });
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineFileSchema = z
  .strictObject({
    version: z.literal(1),
    events: z.array(timelineEventSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.events.forEach((event, index) => {
      if (seen.has(event.id))
        ctx.addIssue({
          code: 'custom',
          path: ['events', index, 'id'],
          message: `the id "${event.id}" is used twice`,
        });
      seen.add(event.id);
      const year = Number(event.date.slice(0, 4));
      const endYear = Number((event.end ?? event.date).slice(0, 4));
      if (year < TIMELINE_START || endYear > TIMELINE_END)
        ctx.addIssue({
          code: 'custom',
          path: ['events', index, 'date'],
          message: `must fall between ${TIMELINE_START} and ${TIMELINE_END}`,
        });
      const previous = file.events[index - 1];
      if (previous && previous.date > event.date)
        ctx.addIssue({
          code: 'custom',
          path: ['events', index, 'date'],
          message: 'events must be in date order',
        });
    });
  });
export type TimelineFile = z.infer<typeof timelineFileSchema>;
