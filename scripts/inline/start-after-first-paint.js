// Inlined at the end of the prerendered index.html by scripts/prerender.mjs (its hash joins the
// Content-Security-Policy). The article is readable from the HTML alone; the app's modules start
// loading only once the text is on the screen, so the first paint never waits on their
// download, their evaluation or hydration. "On the screen" is the first contentful paint as the
// browser reports it, when the frame was presented; a frame's own callbacks (requestAnimationFrame)
// come before that, and a download started there would still race the paint. A tab opened in the
// background paints nothing until it is shown.
/* global document, window, requestAnimationFrame */
(function () {
  // A button or a mention pressed before the app runs would do nothing, or reload the page: it
  // is noted, and pressed again once the app can answer it (src/app/early-clicks.ts). Other
  // links and the disclosures work without the app, so they are left to the browser.
  var early = [];
  var noteClick = function (event) {
    var target = event.target.closest ? event.target : event.target.parentElement;
    var control = target && target.closest('button, a.mention');
    if (!control || event.button !== 0) return;
    if (control.localName === 'a') {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
    }
    early.push(control);
  };
  document.addEventListener('click', noteClick, true);
  window.explorerEarlyClicks = function () {
    document.removeEventListener('click', noteClick, true);
    return early.splice(0);
  };
  var modules = JSON.parse(document.getElementById('explorer-modules').textContent);
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    modules.preload.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.src = modules.entry;
    // Without the app, a noted mention is followed as the link it is.
    script.onerror = function () {
      window.explorerEarlyClicks().forEach(function (control) {
        if (control.href) window.location.assign(control.href);
      });
    };
    document.body.append(script);
  };
  var paintTiming =
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0;
  var root = document.getElementById('root');
  if (!root || !root.firstElementChild) {
    // A page without its prerendered text (a bare host) has nothing to paint before the app.
    start();
  } else if (paintTiming && document.visibilityState === 'visible') {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length) start();
    }).observe({ type: 'paint', buffered: true });
  } else {
    // Hidden, the page paints when shown, and its frame callbacks wait for that too.
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  // Whatever happens to the paint (the tab hidden before it), the app starts.
  setTimeout(start, 5000);
})();
