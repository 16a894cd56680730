// What runs inside the page. Both functions are passed to Playwright (addInitScript, evaluate),
// so they are serialised: they may use only their arguments and the page's globals.
/* global document, window, requestAnimationFrame, MutationObserver, getComputedStyle */

/**
 * Installed before any of the page's own scripts. Records when the headline and the first body
 * paragraph are both in the DOM with a size (checked in a frame callback, so for a prerendered
 * page it is the first frame that paints them) and when the app became interactive (React has
 * attached its props to a crime-type toggle), and keeps the paint, LCP, layout-shift and
 * long-task entries. window.__benchLoad() summarises them at the quiet point;
 * window.__benchInteractive() says whether the app is interactive yet.
 */
export function loadProbe() {
  const state = {
    readable: null,
    interactive: null,
    fcp: null,
    lcp: null,
    shifts: [],
    longTasks: [],
  };
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
      });
    } catch {
      // An entry type this Chromium lacks leaves its metric empty rather than the run failing.
    }
  };
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => {
    state.lcp = entry.renderTime || entry.loadTime || entry.startTime;
  });
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    // What moved, as "tag#id.class", so a shift can be traced to its cause.
    const sources = (entry.sources ?? []).map(({ node }) =>
      node?.nodeType === 1
        ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`
        : (node?.nodeName ?? '?'),
    );
    state.shifts.push({ time: entry.startTime, value: entry.value, sources });
  });
  observe('longtask', (entry) => {
    state.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });

  const hasSize = (element) => {
    const box = element?.getBoundingClientRect();
    return Boolean(box && box.width > 0 && box.height > 0);
  };
  let scheduled = false;
  const check = () => {
    scheduled = false;
    if (state.readable !== null) return;
    if (
      hasSize(document.querySelector('h1#headline')) &&
      hasSize(document.getElementById('paragraph-1'))
    ) {
      state.readable = performance.now();
      mutations.disconnect();
    }
  };
  const mutations = new MutationObserver(() => {
    if (scheduled || state.readable !== null) return;
    scheduled = true;
    requestAnimationFrame(check);
  });
  mutations.observe(document, { childList: true, subtree: true });

  // Hydration changes no markup, so no observer sees it: a check every 50 ms (one
  // querySelector, negligible next to what it measures) until it is there. The static page
  // never gets there and keeps checking until its context closes.
  const isInteractive = () => {
    const toggle = document.querySelector('.crime-filter .chip-toggle');
    return Boolean(toggle && Object.keys(toggle).some((key) => key.startsWith('__reactProps')));
  };
  const pollInteractive = () => {
    if (isInteractive()) state.interactive = performance.now();
    else setTimeout(pollInteractive, 50);
  };
  pollInteractive();
  window.__benchInteractive = () => state.interactive !== null;

  // When the main thread was last busy with a long task: the quiet point waits for a second
  // without one, so late work (hydration, data fetched after it) is inside the window.
  window.__benchLastLongTaskEnd = () =>
    state.longTasks.reduce((last, task) => Math.max(last, task.end), 0);

  window.__benchLoad = () => {
    const now = performance.now();
    // CLS as web-vitals defines it: the worst session window (gaps < 1 s, windows ≤ 5 s).
    let cls = 0;
    let session = 0;
    let first = 0;
    let last = -Infinity;
    for (const shift of state.shifts) {
      if (shift.time - last > 1000 || shift.time - first > 5000) {
        session = 0;
        first = shift.time;
      }
      session += shift.value;
      last = shift.time;
      cls = Math.max(cls, session);
    }
    // TBT as Lighthouse counts it, from FCP to now (the quiet point): each long task's part
    // after FCP, beyond 50 ms.
    let tbt = 0;
    if (state.fcp !== null) {
      for (const task of state.longTasks) {
        const duration = Math.min(task.end, now) - Math.max(task.start, state.fcp);
        if (duration > 50) tbt += duration - 50;
      }
    }
    return {
      readable: state.readable,
      interactive: state.interactive,
      fcp: state.fcp,
      lcp: state.lcp,
      cls,
      shifts: state.shifts.map((shift) => ({ ...shift, time: Math.round(shift.time) })),
      tbt,
      timeOrigin: performance.timeOrigin,
      // Start and duration of each long task, to see what stood before the first paint.
      longTasks: state.longTasks.map((task) => [
        Math.round(task.start),
        Math.round(task.end - task.start),
      ]),
    };
  };
}

/**
 * Installed once the app is hydrated. arm() starts a measurement; the next click's dispatch
 * (capture phase on window, before React's listener) is the start. From there every frame
 * callback reads the computed filter state (`--filter`) of one mention the toggle changes; the
 * first frame in which it differs is the frame that shows the change (reading it there makes the
 * browser do that frame's style work first, so the time includes it). "After paint" is a task
 * posted from that frame callback: it runs once the frame's layout and paint are done. The Event
 * Timing entry for the click (duration to the next paint, reported only from 16 ms up) is
 * matched on its start time; the interaction's duration, what INP counts, is the longest entry
 * of the same interaction (pointerdown, pointerup and click share an interactionId).
 */
export function clickProbe(watchedSelector) {
  const events = [];
  try {
    new PerformanceObserver((list) => events.push(...list.getEntries())).observe({
      type: 'event',
      buffered: true,
      durationThreshold: 16,
    });
  } catch {
    // No Event Timing: the column stays empty.
  }
  const watched = document.querySelector(watchedSelector);
  if (!watched) throw new Error(`nothing on the page matches ${watchedSelector}`);
  const stateOf = () => getComputedStyle(watched).getPropertyValue('--filter').trim();
  let current = null;
  const watchFrames = (measurement) => {
    requestAnimationFrame(() => {
      if (measurement !== current) return; // a newer measurement took over
      if (stateOf() === measurement.before) {
        watchFrames(measurement);
        return;
      }
      measurement.frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        measurement.afterPaint = performance.now();
        measurement.done();
      };
      channel.port2.postMessage(null);
    });
  };
  window.addEventListener(
    'click',
    (event) => {
      if (current && current.start === null) {
        current.start = performance.now();
        current.timeStamp = event.timeStamp;
        watchFrames(current);
      }
    },
    true,
  );

  window.__benchArm = () => {
    let done;
    const finished = new Promise((resolve) => (done = resolve));
    current = {
      before: stateOf(),
      start: null,
      timeStamp: null,
      frame: null,
      afterPaint: null,
      done,
      finished,
    };
  };
  window.__benchResult = async (timeoutMs) => {
    const measured = current;
    const timedOut = await Promise.race([
      measured.finished.then(() => false),
      new Promise((resolve) => setTimeout(() => resolve(true), timeoutMs)),
    ]);
    if (timedOut) return null;
    // Event Timing entries arrive after the paint they measure; give them a moment.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const entry = events.find(
      (candidate) =>
        candidate.name === 'click' && Math.abs(candidate.startTime - measured.timeStamp) < 1,
    );
    const sameInteraction = entry?.interactionId
      ? events.filter((candidate) => candidate.interactionId === entry.interactionId)
      : [];
    return {
      toFrame: measured.frame - measured.start,
      toAfterPaint: measured.afterPaint - measured.start,
      eventDuration: entry ? entry.duration : null,
      interactionDuration: entry
        ? Math.max(entry.duration, ...sameInteraction.map((candidate) => candidate.duration))
        : null,
    };
  };
}
