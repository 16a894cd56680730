import { exportUrl } from '../../data/data-manifest-query';
import type { ManifestEntry, ManifestFile } from '../../data/schemas/data-manifest';
import { ExternalLink } from '../../ui/external-link';
import { formatUnDate } from '../../ui/format-date';
import { formatSize } from '../../ui/format-size';

const fileName = (path: string) => path.split('/').pop() ?? path;

/** A link that saves the file under its own name, said with its size. */
function FileLink({ file, label }: { file: ManifestFile; label: string }) {
  const name = fileName(file.path);
  return (
    <a className="data-file-link" href={exportUrl(file.path)} download={name} type={file.mediaType}>
      {label} <code>{name}</code> ({formatSize(file.bytes)})
    </a>
  );
}

/** One download: what it is, the file (and its schema), its format, version, licence and changes. */
export function DownloadEntry({ entry }: { entry: ManifestEntry }) {
  const headingId = `download-${entry.id}`;
  return (
    <section className="data-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.title}</h3>
      <p>{entry.description}</p>
      <ul className="data-files">
        <li>
          <FileLink file={entry.file} label="Download" />
        </li>
        {entry.schema && (
          <li>
            <FileLink file={entry.schema} label="JSON Schema" />
          </li>
        )}
      </ul>
      <dl className="data-facts">
        <div>
          <dt>Format</dt>
          <dd>
            {entry.format}
            {entry.conformsTo.length > 0 && (
              <>
                {'. Follows '}
                {entry.conformsTo.map((spec, index) => (
                  <span key={spec.url}>
                    {index > 0 && ', '}
                    <ExternalLink className="data-inline-link" href={spec.url}>
                      {spec.name}
                    </ExternalLink>
                  </span>
                ))}
              </>
            )}
            .
          </dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>{entry.version}</dd>
        </div>
        <div>
          <dt>Licence</dt>
          <dd>{entry.licence.text}</dd>
        </div>
        <div>
          <dt>SHA-256</dt>
          <dd>
            <code className="data-digest">{entry.file.sha256}</code>
          </dd>
        </div>
      </dl>
      <h4 className="data-changelog-heading">Changes</h4>
      <ul className="data-changelog">
        {entry.changelog.map((change) => (
          <li key={`${change.date} ${change.change}`}>
            <time dateTime={change.date}>{formatUnDate(change.date)}</time>: {change.change}
          </li>
        ))}
      </ul>
    </section>
  );
}
