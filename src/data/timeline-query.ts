import { byId, dataFileQuery } from './data-file-query';
import type { CardDateField, TimelineFile } from './schemas/timeline';

export const TIMELINE_FILE = 'timeline.json';

const loadSchema = () => import('./schemas/timeline').then((module) => module.timelineFileSchema);

export const timelineQuery = () => dataFileQuery(TIMELINE_FILE, loadSchema);

export const selectTimeline = (file: TimelineFile) => ({
  events: file.events,
  byId: byId(file.events),
  /** `"untoc adoption"` → the event that is that date on the timeline. */
  eventOfCardDate: Object.fromEntries(
    file.events.flatMap((event) =>
      event.cardDates.map((card) => [cardDateKey(card.instrument, card.field), event.id]),
    ),
  ) as Record<string, string>,
});

export const cardDateKey = (instrument: string, field: CardDateField) => `${instrument} ${field}`;

/** The anchor of an event's place on the timeline. */
export const timelineAnchor = (eventId: string) => `timeline-${eventId}`;
