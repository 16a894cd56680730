import { useQuery } from '@tanstack/react-query';
import { INSTRUMENTS_FILE, instrumentsQuery } from '../../data/reference-queries';
import type { Instrument } from '../../data/schemas/reference';
import { formatUnDate } from '../../ui/format-date';
import { TimelineLink } from '../../ui/timeline-link';
import { TypeIcon } from '../../ui/type-icon';
import { DefinitionBody } from '../../ui/definition/definition-body';
import { useOpenFromPanel } from '../../ui/panel/open-from-panel';
import { PanelItem } from '../../ui/panel/panel-item';
import { MatchCount } from '../../ui/panel/match-count';
import { matchingFirst } from '../../data/matching-first';
import { useFilterResult } from '../../state/use-filter-result';
import { Panel } from '../../ui/panel/panel-state';
import { useReference, type Reference } from '../../data/use-reference';
import './convention-panel.css';

const nameOf = (instrument: Instrument, reference: Reference) =>
  reference.entities?.byId[instrument.id]?.name ?? instrument.shortName;

function datesLine(instrument: Instrument) {
  return [
    instrument.adoption && `adopted ${formatUnDate(instrument.adoption.date)}`,
    instrument.entryIntoForce && `in force ${formatUnDate(instrument.entryIntoForce.date)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The Convention with the three Protocols that supplement it nested under it, a link to the
 * timeline of their dates, and the later instruments that cover other crimes the article names.
 */
export function ConventionPanel() {
  const result = useQuery(instrumentsQuery());
  const reference = useReference();
  const onOpen = useOpenFromPanel();
  const filter = useFilterResult();
  const matching = filter?.active ? filter.instruments : null;

  return (
    <Panel
      id="convention-panel"
      title="Convention and Protocols"
      what="The Convention and its Protocols"
      file={INSTRUMENTS_FILE}
      results={[result]}
    >
      {() => {
        const instruments = result.data!.instruments;
        const convention = instruments.find((instrument) => instrument.id === 'untoc');
        const protocols = instruments.filter((instrument) => instrument.supplements === 'untoc');
        const related = instruments.filter((instrument) => instrument.role === 'related');
        const item = (instrument: Instrument, nested?: React.ReactNode) => (
          <PanelItem
            key={instrument.id}
            id={instrument.id}
            dim={matching !== null && !matching.includes(instrument.id)}
            title={
              <>
                <TypeIcon type="instrument" />
                {nameOf(instrument, reference)}
              </>
            }
            summary={<span className="muted">{datesLine(instrument)}</span>}
            nested={nested}
          >
            <DefinitionBody
              id={instrument.id}
              kind="instrument"
              reference={reference}
              onOpen={onOpen}
            />
          </PanelItem>
        );
        return (
          <>
            <p className="panel-timeline-link">
              <TimelineLink>See the timeline, 2000–2030</TimelineLink>
            </p>
            {matching ? (
              // Filtering: what addresses the selection leads, as one flat list.
              <>
                <MatchCount matching={matching.length} total={instruments.length} />
                <ul className="panel-list">
                  {matchingFirst(instruments, matching).map((instrument) => item(instrument))}
                </ul>
              </>
            ) : (
              <>
                <ul className="panel-list">
                  {convention &&
                    item(
                      convention,
                      <ul
                        className="panel-list nested"
                        aria-label="Protocols supplementing the Convention"
                      >
                        {protocols.map((protocol) => item(protocol))}
                      </ul>,
                    )}
                </ul>
                {related.length > 0 && (
                  <>
                    <h3 className="panel-subheading">
                      Other instruments for crimes the article names
                    </h3>
                    <ul className="panel-list">{related.map((instrument) => item(instrument))}</ul>
                  </>
                )}
              </>
            )}
          </>
        );
      }}
    </Panel>
  );
}
