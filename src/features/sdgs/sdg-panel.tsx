import { SDGS_FILE } from '../../data/sdgs-query';
import { sdgTargetId } from '../../data/sdg-ids';
import { useExplorerActions } from '../../state/explorer-store';
import { DataError } from '../../ui/data-error';
import { DefinitionLink, type OpenDefinition } from '../../ui/definition-link';
import { formatUnDate } from '../../ui/format-date';
import { LoadingNotice } from '../../ui/loading-notice';
import { SourceList } from '../../ui/source-list';
import { useSdgData } from './use-sdg-data';
import './sdgs.css';

const WHAT = 'The Sustainable Development Goals';

/**
 * After the MDG panel: what followed the Millennium Development Goals in 2015, and the SDG
 * targets that concern the crimes the article names, each opening its card.
 */
export default function SdgPanel() {
  const data = useSdgData();
  const { openDefinition } = useExplorerActions();
  const onOpen: OpenDefinition = (id, returnFocusTo) => openDefinition(id, { returnFocusTo });
  const failed = data.results.find((result) => result.isError);

  return (
    <section className="panel sdg-panel" aria-labelledby="sdg-panel-heading">
      <h2 id="sdg-panel-heading" className="panel-heading">
        After 2015: the Sustainable Development Goals
      </h2>
      {failed?.error ? (
        <DataError
          what={WHAT}
          error={failed.error}
          onRetry={() => data.results.filter((r) => r.isError).forEach((r) => void r.refetch())}
          retrying={data.results.some((r) => r.isError && r.isFetching)}
        />
      ) : !data.sdgs ? (
        <LoadingNotice what={WHAT.toLowerCase()} file={SDGS_FILE} />
      ) : (
        <>
          {data.fault && (
            <DataError
              what={`Part of ${WHAT.toLowerCase()}`}
              error={new Error(`${data.fault}.`)}
              onRetry={() => data.results.forEach((r) => void r.refetch())}
              retrying={data.results.some((r) => r.isFetching)}
            />
          )}
          <p className="panel-intro sdg-handover">
            <strong>The Millennium Development Goals ended in 2015.</strong> They were succeeded by
            the 2030 Agenda for Sustainable Development, “{data.sdgs.file.agenda.title}”
            {data.sdgs.file.agenda.symbol ? ` (${data.sdgs.file.agenda.symbol})` : ''}, adopted on{' '}
            {formatUnDate(data.sdgs.file.agenda.adopted)}: {data.sdgs.file.agenda.goals} Goals and{' '}
            {data.sdgs.file.agenda.targets} targets, to {data.sdgs.file.agenda.until}.
          </p>
          <SourceList
            sources={[...data.sdgs.file.agenda.sources, ...data.sdgs.file.succession.sources]}
          />
          <p>
            <DefinitionLink id={data.sdgs.file.id} onOpen={onOpen}>
              The 2030 Agenda and the MDGs
            </DefinitionLink>
          </p>
          <h3 className="sdg-panel-subheading">SDG targets that concern the article’s crimes</h3>
          <ul className="panel-list sdg-panel-targets">
            {data.targets.map(({ target, categories }) => (
              <li key={target.target} className="sdg-panel-target">
                <DefinitionLink id={sdgTargetId(target.target)} onOpen={onOpen}>
                  Target {target.target}
                </DefinitionLink>{' '}
                <span className="sdg-panel-wording">{target.wording}</span>
                {categories.length > 0 && (
                  <span className="muted sdg-panel-crimes">
                    {' '}
                    · {categories.map(({ category }) => category.name).join(', ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p className="muted sdg-continuity">{data.sdgs.file.mdgContinuity.note}</p>
        </>
      )}
    </section>
  );
}
