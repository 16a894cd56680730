import { useQuery } from '@tanstack/react-query';
import type { MouseEvent, ReactNode } from 'react';
import type { CardDateField } from '../data/schemas/timeline';
import { cardDateKey, selectTimeline, timelineAnchor, timelineQuery } from '../data/timeline-query';
import { bringIntoView } from './scroll-to-mention';

/** The timeline section's anchor, for links to the whole of it. */
export const TIMELINE_SECTION_ID = 'timeline';

/**
 * Follows a link to the timeline or one of its events in the page: the target is scrolled to and
 * focused (a fragment alone would scroll without moving focus). Modified clicks are left alone,
 * so the address can still be opened in a new tab or copied.
 */
function followInPage(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  bringIntoView(target);
}

/** "See the timeline, 2000–2030", from a panel. */
export function TimelineLink({ children }: { children: ReactNode }) {
  return (
    <a
      href={`#${TIMELINE_SECTION_ID}`}
      onClick={(event) => followInPage(event, TIMELINE_SECTION_ID)}
    >
      {children}
    </a>
  );
}

type TimelineDateLinkProps = { instrument: string; field: CardDateField; children: ReactNode };

/**
 * A date on a card that is also an event on the timeline links to its place there. Until the
 * timeline's file is in (or if the date is not on it) the date is plain text.
 */
export function TimelineDateLink({ instrument, field, children }: TimelineDateLinkProps) {
  const { data } = useQuery({ ...timelineQuery(), select: selectTimeline });
  const eventId = data?.eventOfCardDate[cardDateKey(instrument, field)];
  if (!eventId) return <>{children}</>;
  const anchor = timelineAnchor(eventId);
  return (
    <a
      href={`#${anchor}`}
      className="timeline-date-link"
      // A description, not part of the name: the card's text reads as it did.
      title="See it on the timeline"
      onClick={(event) => followInPage(event, anchor)}
    >
      {children}
    </a>
  );
}
