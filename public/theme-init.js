// Why: src/ui/theme/theme-preference.ts, src/features/filters/filters.css.
/* global document, location, addEventListener */
var root = document.documentElement;
var mark = (name, value) => root.setAttribute('data-' + name, value);
try {
  var theme = localStorage.getItem('explorer:theme');
  if (/^(light|dark|contrast)$/.test(theme)) mark('theme', theme);
} catch {
  // No storage: the device decides.
}
var count = (list) => (list || '').split(',').filter(Boolean).length;
var params = new URLSearchParams(location.search);
var filters = count(params.get('crime')) + count(params.get('topic'));
try {
  if (!/[?&](crime|topic|open)=/.test(location.search)) {
    var stored = JSON.parse(localStorage.getItem('explorer:last-view'));
    filters = count((stored.crimes || '') + '') + count((stored.topics || '') + '');
    if (filters || stored.open) mark('arrival-restored', '');
  }
} catch {
  // None stored, or malformed: nothing is held.
}
if (filters) mark('arrival-filters', Math.min(filters, 3));
var release = () => {
  root.removeAttribute('data-arrival-filters');
  root.removeAttribute('data-arrival-restored');
};
addEventListener('pointerdown', release, { once: true, capture: true });
addEventListener('keydown', release, { once: true, capture: true });
