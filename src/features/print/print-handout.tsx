import { useMemo } from 'react';
import type { FilterSelection } from '../../data/apply-filters';
import { useOpenDefinitionId } from '../../state/explorer-store';
import { useDeferredSelection } from '../../state/use-filter-result';
import { writeUrlState } from '../../state/url-state';
import { entityTypeMeta } from '../../ui/entity-type-meta';
import { formatUnDate } from '../../ui/format-date';
import { ContextNotes, Endnotes } from './handout-notes';
import { HandoutArticle } from './handout-article';
import { numberNotes } from './number-notes';
import { useHandoutData, type HandoutData } from './use-handout-data';
import { useOpenDisclosuresInPrint } from './use-open-disclosures';
import { usePrintMoment } from './use-print-moment';
import './print.css';

/**
 * What printing the explorer gives: a handout of the current view. Hidden on screen; on paper
 * it replaces the screen (print.css), with the article's paragraphs numbered, a note number on
 * each mention the view's filters keep, the notes and context notes with their sources written
 * out, and the address and day it was printed. The open definition, if any, follows it: the
 * screen's own card, printed in full.
 */
export default function PrintHandout() {
  // A step behind a filter click, in a transition: the click's frame is the text's alone.
  const { crimes, topics } = useDeferredSelection();
  const openId = useOpenDefinitionId();
  const moment = usePrintMoment();
  const { model, data, waitingFor, failed } = useHandoutData();
  useOpenDisclosuresInPrint();

  const selection: FilterSelection = useMemo(() => ({ crimes, topics }), [crimes, topics]);
  const numbering = useMemo(
    () =>
      model && data
        ? numberNotes(
            { model, entities: data.entities, instruments: data.instruments, crimes: data.crimes },
            selection,
          )
        : null,
    [model, data, selection],
  );
  const address = `${moment.origin}${moment.pathname}${writeUrlState(
    { crimes: [...crimes], topics: [...topics], open: openId },
    moment.search,
  )}`;

  return (
    // Hidden until printed: out of the screen and of its accessibility tree, in every browser,
    // even before print.css applies; print.css shows it on paper.
    <div className="print-handout" hidden>
      <header className="handout-header">
        <p className="handout-title">Crime Congress 2010 explorer: handout</p>
        <dl className="handout-facts">
          <dt>View</dt>
          <dd className="handout-url">{address}</dd>
          <dt>Printed</dt>
          <dd>{formatUnDate(moment.today)}</dd>
          <dt>Notes</dt>
          <dd>{describeView(selection, data)}</dd>
        </dl>
      </header>

      {model && (
        <HandoutArticle model={model} numbersOfControl={numbering?.numbersOfControl ?? null} />
      )}

      {data && numbering ? (
        <>
          <Endnotes notes={numbering.notes} data={data} openId={openId} />
          <ContextNotes data={data} />
        </>
      ) : (
        <p className="handout-pending">
          {failed.length > 0
            ? `The notes could not be printed: ${failed.map((fault) => fault.message).join(' ')}`
            : `The notes are still loading (${waitingFor.join(', ')}). Print again in a moment to include them.`}
        </p>
      )}

      {openId && (
        <h2 className="handout-heading handout-open-heading">The definition open in this view</h2>
      )}
    </div>
  );
}

/** Which mentions carry notes, in words: every one, or those the filters keep. */
function describeView(selection: FilterSelection, data: HandoutData | null): string {
  if (selection.crimes.length === 0 && selection.topics.length === 0)
    return 'every mention in the article';
  const crimeNames = selection.crimes.map(
    (id) => data?.crimes[id]?.name ?? data?.entities[id]?.name ?? id,
  );
  const parts = [
    crimeNames.length > 0 && `crime type ${crimeNames.join(' or ')}`,
    selection.topics.length > 0 &&
      `topic ${selection.topics.map((topic) => entityTypeMeta[topic].plural).join(' or ')}`,
  ].filter(Boolean);
  return `only the mentions matching the filters: ${parts.join(', and ')}`;
}
