import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { flushSync } from 'react-dom';
import { articleQuery } from '../../data/article-query';
import type { TimelineEvent } from '../../data/schemas/timeline';
import {
  selectTimeline,
  TIMELINE_FILE,
  timelineAnchor,
  timelineQuery,
} from '../../data/timeline-query';
import { useExplorerActions, useSelectedId } from '../../state/explorer-store';
import { useDeferredSelection } from '../../state/use-filter-result';
import { DataError } from '../../ui/data-error';
import { formatUnDate } from '../../ui/format-date';
import { LoadingNotice } from '../../ui/loading-notice';
import { bringIntoView } from '../../ui/scroll-to-mention';
import { SourceCitation } from '../../ui/source-citation';
import { TIMELINE_SECTION_ID } from '../../ui/timeline-link';
import { formatSpan, labelledYears, positionOf, todayIso } from './timeline-scale';
import './timeline.css';

type Marker = { kind: 'article' | 'today'; date: string; text: string };
type Row =
  | { type: 'event'; event: TimelineEvent }
  | { type: 'marker'; marker: Marker }
  | { type: 'year'; year: number };

const at = (date: string) => ({ '--at': positionOf(date).toFixed(4) }) as CSSProperties;

/** Events, the article, today and the labelled years in one order, as the axis runs. */
function rowsOf(events: readonly TimelineEvent[], markers: readonly Marker[]): Row[] {
  const keyed = [
    ...events.map((event) => ({ key: event.date, rank: 1, row: { type: 'event', event } as Row })),
    ...markers.map((marker) => ({
      key: marker.date,
      rank: 2,
      row: { type: 'marker', marker } as Row,
    })),
    ...labelledYears.map((year) => ({
      key: String(year),
      rank: 0,
      row: { type: 'year', year } as Row,
    })),
  ];
  return keyed
    .sort((a, b) => (a.key === b.key ? a.rank - b.rank : a.key < b.key ? -1 : 1))
    .map((entry) => entry.row);
}

const keyItems = [
  ['adoption', 'adopted'],
  ['signature', 'opened for signature'],
  ['entry-into-force', 'in force'],
  ['meeting', 'summit or congress'],
  ['review', 'review mechanism'],
  ['deadline', 'deadline'],
] as const satisfies readonly (readonly [TimelineEvent['kind'], string])[];

/** The event's name for the list and the table: its date first, so a reader hears when. */
const whenOf = (event: TimelineEvent) => formatSpan(event.date, event.end);

/**
 * The arc the article sits on, 2000 to 2030: the treaties, goals and congresses before and after
 * it, with the article and today marked. One list serves the picture and the keyboard: across
 * the column when it is wide, down the page when it is narrow. The same events follow as a
 * table, for screen readers and for copying.
 */
export default function TimelineSection() {
  const timeline = useQuery({ ...timelineQuery(), select: selectTimeline });
  const { data: article } = useQuery(articleQuery());
  // A step behind a filter click, in a transition: the click's frame is the text's alone.
  const { crimes } = useDeferredSelection();
  const selectedId = useSelectedId();
  const { openDefinition } = useExplorerActions();
  const today = todayIso();
  // An event with no card shows its sources instead: the table opens at its row.
  const [tableOpen, setTableOpen] = useState(false);
  const tableRef = useRef<HTMLDetailsElement>(null);
  const showSources = (eventId: string) => {
    // The row must be drawn before it can take focus.
    flushSync(() => setTableOpen(true));
    const row = document.getElementById(tableRowId(eventId));
    if (row) bringIntoView(row);
  };
  const published = article?.meta.datePublished;

  const markers = useMemo<Marker[]>(
    () => [
      ...(published
        ? [
            {
              kind: 'article' as const,
              date: published,
              text: `This article, ${formatUnDate(published)}`,
            },
          ]
        : []),
      { kind: 'today', date: today, text: `Today, ${formatUnDate(today)}` },
    ],
    [published, today],
  );

  const events = timeline.data?.events;
  const rows = useMemo(() => (events ? rowsOf(events, markers) : []), [events, markers]);
  const filtering = crimes.length > 0;
  const matches = (event: TimelineEvent) =>
    !filtering || event.crimes.some((crime) => crimes.includes(crime));
  const matching = events?.filter(matches).length ?? 0;

  // An address that names an event (#timeline-palermo-adopted) lands on it once it is drawn.
  const ready = events !== undefined;
  useEffect(() => {
    if (!ready) return;
    const land = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id.startsWith(`${TIMELINE_SECTION_ID}-`)) return;
      const target = document.getElementById(id);
      if (target) bringIntoView(target);
    };
    land();
    window.addEventListener('hashchange', land);
    return () => window.removeEventListener('hashchange', land);
  }, [ready]);

  return (
    <section
      className="timeline-section"
      id={TIMELINE_SECTION_ID}
      aria-labelledby="timeline-heading"
      tabIndex={-1}
    >
      <h2 id="timeline-heading" className="timeline-heading">
        The timeline, 2000–2030
      </h2>
      <p className="timeline-intro">
        Where the article stands: the treaties, goals and congresses before and after it. Select an
        event to open its card; the card’s dates lead back here.{' '}
        <span id="timeline-sources-hint">
          An event with no card shows its sources in the table below.
        </span>
      </p>
      {timeline.error ? (
        <DataError
          what="The timeline"
          error={timeline.error}
          onRetry={() => void timeline.refetch()}
          retrying={timeline.isFetching}
        />
      ) : !events ? (
        <LoadingNotice what="the timeline" file={TIMELINE_FILE} />
      ) : (
        <>
          {filtering && (
            <p className="timeline-filter-note">
              {matching === 0
                ? 'No event concerns the selected crime types.'
                : `${matching} of ${events.length} events concern the selected crime types; they stand out, the others recede.`}
            </p>
          )}
          <ul className="timeline-key" aria-label="Key to the marks">
            {keyItems.map(([kind, words]) => (
              <li key={kind} className={`timeline-key-item timeline-kind-${kind}`}>
                <span className="timeline-dot" aria-hidden="true" />
                {words}
              </li>
            ))}
          </ul>
          <div className="timeline-plot" data-filtering={filtering || undefined}>
            <div className="timeline-scale" aria-hidden="true">
              <div className="timeline-ticks" />
              {labelledYears.map((year) => (
                <span key={year} className="timeline-scale-year" style={at(String(year))}>
                  {year}
                </span>
              ))}
            </div>
            <div className="timeline-lines" aria-hidden="true">
              {markers.map((marker) => (
                <span
                  key={marker.kind}
                  className={`timeline-line timeline-line-${marker.kind}`}
                  style={at(marker.date)}
                />
              ))}
              {events
                .filter((event) => event.kind === 'deadline')
                .map((event) => (
                  <span
                    key={event.id}
                    className="timeline-line timeline-line-deadline"
                    style={at(event.date)}
                  />
                ))}
            </div>
            <ol className="timeline-rows" aria-label="Events, in date order">
              {rows.map((row) =>
                row.type === 'year' ? (
                  <li key={`year-${row.year}`} className="timeline-year" aria-hidden="true">
                    {row.year}
                  </li>
                ) : row.type === 'marker' ? (
                  <li
                    key={row.marker.kind}
                    className={`timeline-row timeline-marker timeline-marker-${row.marker.kind}`}
                    style={at(row.marker.date)}
                    data-side={positionOf(row.marker.date) > 0.55 ? 'left' : 'right'}
                  >
                    <span className="timeline-dot" aria-hidden="true" />
                    <span className="timeline-text">
                      <span className="timeline-label">{row.marker.text}</span>
                    </span>
                  </li>
                ) : (
                  <EventRow
                    key={row.event.id}
                    event={row.event}
                    filter={filtering ? (matches(row.event) ? 'match' : 'quiet') : undefined}
                    selected={row.event.opens !== undefined && row.event.opens === selectedId}
                    onOpen={(id, from) => openDefinition(id, { returnFocusTo: from })}
                    onShowSources={showSources}
                  />
                ),
              )}
            </ol>
          </div>
          <details
            className="timeline-table-disclosure"
            ref={tableRef}
            open={tableOpen}
            onToggle={() => setTableOpen(tableRef.current?.open ?? false)}
          >
            <summary>The events as a table</summary>
            {/* Drawn when opened: closed, it is neither seen nor read out. */}
            {tableOpen && <EventTable events={events} />}
          </details>
          <p className="timeline-omitted">
            Only dates a stored source gives are shown. The 15th Congress is shown as scheduled: no
            source here reports that it has taken place. The Convention against Cybercrime has no
            date of entry into force: it was not in force in the latest sources.
          </p>
        </>
      )}
    </section>
  );
}

type EventRowProps = {
  event: TimelineEvent;
  filter: 'match' | 'quiet' | undefined;
  selected: boolean;
  onOpen: (id: string, returnFocusTo: string) => void;
  onShowSources: (eventId: string) => void;
};

const tableRowId = (eventId: string) => `timeline-table-${eventId}`;

function EventRow({ event, filter, selected, onOpen, onShowSources }: EventRowProps) {
  const domId = timelineAnchor(event.id);
  const content = (
    <>
      <span className="timeline-dot" aria-hidden="true" />
      <span className="timeline-text">
        <time className="timeline-date" dateTime={event.date}>
          {whenOf(event)}
        </time>{' '}
        <span className="timeline-label">
          {event.label}
          {event.status === 'scheduled' && <span className="timeline-status"> (scheduled)</span>}
        </span>
      </span>
    </>
  );
  return (
    <li
      className={`timeline-row timeline-event timeline-kind-${event.kind}`}
      style={at(event.date)}
      data-side={positionOf(event.date) > 0.55 ? 'left' : 'right'}
      data-filter={filter}
      data-selected={selected || undefined}
    >
      {/* With no card to open, the event shows its sources in the table below. */}
      <button
        type="button"
        id={domId}
        className="timeline-event-button"
        aria-describedby={event.opens ? undefined : 'timeline-sources-hint'}
        onClick={() => (event.opens ? onOpen(event.opens, domId) : onShowSources(event.id))}
      >
        {content}
      </button>
    </li>
  );
}

function EventTable({ events }: { events: readonly TimelineEvent[] }) {
  return (
    <div className="timeline-table-wrap">
      <table className="timeline-table">
        <caption className="visually-hidden">
          The timeline’s events, 2000–2030, with their sources
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} id={tableRowId(event.id)} tabIndex={-1}>
              <td>
                <time dateTime={event.date}>{whenOf(event)}</time>
              </td>
              <th scope="row">
                {event.label}
                {event.status === 'scheduled' && ' (scheduled)'}
                {event.note && <span className="timeline-table-note"> {event.note}</span>}
              </th>
              <td>
                <ul className="timeline-table-sources">
                  {event.sources.map((source, index) => (
                    <li key={index}>
                      <SourceCitation source={source} />
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
