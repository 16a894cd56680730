// The yardstick: the same article as the plainest page a static host could serve. Same text
// (tagline, headline, date, photo credit, the six paragraphs), one small stylesheet, no script.
// The headline and first paragraph carry the app's ids, so one probe finds both pages' text.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const escapeHtml = (text) =>
  text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char],
  );

/** "2010-04-12" → "12 April 2010", as the app shows it (UN style). */
function unDate(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

const CSS = `body { margin: 0 auto; max-width: 42rem; padding: 1rem; font: 1.0625rem/1.6 system-ui, sans-serif; color: #1a1a1a; }
.publisher { font-size: 0.875rem; color: #555; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0; }
.dateline, .photo-credit { font-size: 0.875rem; color: #555; }
`;

/** The static page's files, keyed by their name under the page's folder. */
export function buildStaticPage(article) {
  const { meta, paragraphs } = article;
  const html = `<!doctype html>
<html lang="${escapeHtml(meta.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.headline)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="static.css">
</head>
<body>
<article>
<p class="publisher">${escapeHtml(meta.publisher.name)} · ${escapeHtml(meta.publisher.tagline)}</p>
<h1 id="headline">${escapeHtml(meta.headline)}</h1>
<p class="dateline"><time datetime="${meta.datePublished}">${unDate(meta.datePublished)}</time> · ${escapeHtml(meta.place.name)}</p>
<p class="photo-credit">${escapeHtml(meta.photoCredit)}</p>
${paragraphs.map((paragraph, index) => `<p id="paragraph-${index + 1}">${escapeHtml(paragraph.text)}</p>`).join('\n')}
</article>
</body>
</html>
`;
  return { 'index.html': html, 'static.css': CSS };
}
