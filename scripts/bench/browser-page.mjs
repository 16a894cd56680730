// A fresh page for one measurement: its own browser context (nothing shared with the last run),
// cache disabled, network and CPU throttled through the DevTools protocol, and a record of every
// response so the bytes can be counted by kind.

/** Lighthouse's "slow 4G": 150 ms round trip, 1,638.4 kbps down, 750 kbps up (kbit = 1024 bit). */
export const SLOW_4G = {
  latency: 150,
  downloadThroughput: (1638.4 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

const kindOf = (mimeType = '') => {
  if (mimeType.includes('javascript')) return 'js';
  if (mimeType === 'text/css') return 'css';
  if (mimeType.includes('json')) return 'json';
  if (mimeType === 'text/html') return 'html';
  return 'other';
};

export const KINDS = ['html', 'css', 'js', 'json', 'other'];

/**
 * Opens a page with `cpu` (slow-down factor) and `network` (SLOW_4G or null) applied and the
 * init script installed. Returns { page, close, traffic }.
 */
export async function openPage(browser, { cpu = 1, network = null, initScript = null }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  const traffic = new Traffic(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { page, traffic, close: () => context.close() };
}

/** Every request of one page: its URL, its kind, its bytes on the wire. */
class Traffic {
  constructor(cdp) {
    this.requests = new Map();
    this.inFlight = new Set();
    this.lastChange = Date.now();
    // DevTools timestamps are monotonic seconds; this pairs one with wall-clock time, so a time
    // from the page (performance.timeOrigin + now) can be placed among them.
    this.wallMinusMonotonicMs = null;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (this.wallMinusMonotonicMs === null) {
        this.wallMinusMonotonicMs = event.wallTime * 1000 - event.timestamp * 1000;
      }
      this.requests.set(event.requestId, {
        url: event.request.url,
        kind: 'other',
        encoding: null,
        bytes: 0,
        finishedMs: null,
      });
      this.inFlight.add(event.requestId);
      this.lastChange = Date.now();
    });
    cdp.on('Network.responseReceived', (event) => {
      const request = this.requests.get(event.requestId);
      if (!request) return;
      request.kind = kindOf(event.response.mimeType);
      const headers = Object.fromEntries(
        Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), value]),
      );
      request.encoding = headers['content-encoding'] ?? null;
    });
    cdp.on('Network.loadingFinished', (event) => {
      const request = this.requests.get(event.requestId);
      if (request) {
        request.bytes = event.encodedDataLength;
        request.finishedMs = event.timestamp * 1000;
      }
      this.settle(event.requestId);
    });
    cdp.on('Network.loadingFailed', (event) => this.settle(event.requestId));
  }

  settle(requestId) {
    this.inFlight.delete(requestId);
    this.lastChange = Date.now();
  }

  /** Whether nothing has been in flight, nor started or finished, for the last `idleMs`. */
  idleFor(idleMs) {
    return this.inFlight.size === 0 && Date.now() - this.lastChange >= idleMs;
  }

  /** Resolves once nothing has been in flight for `idleMs` (or after `capMs` regardless). */
  async networkIdle({ idleMs = 500, capMs = 20_000 } = {}) {
    const deadline = Date.now() + capMs;
    while (Date.now() < deadline) {
      if (this.idleFor(idleMs)) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }

  /**
   * Bytes on the wire (headers included, as DevTools counts them) by kind; `beforeWallMs` keeps
   * only responses finished by then; `urls` (absolute) only those requests.
   */
  bytes({ beforeWallMs = Infinity, urls = null } = {}) {
    const only = urls && new Set(urls);
    const limit =
      beforeWallMs === Infinity || this.wallMinusMonotonicMs === null
        ? Infinity
        : beforeWallMs - this.wallMinusMonotonicMs;
    const totals = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
    for (const request of this.requests.values()) {
      if (request.finishedMs === null || request.finishedMs > limit) continue;
      if (only && !only.has(request.url)) continue;
      totals[request.kind] += request.bytes;
    }
    totals.total = KINDS.reduce((sum, kind) => sum + totals[kind], 0);
    return totals;
  }

  /** The content encodings seen, by kind ("js: br"), to show the server compressed. */
  encodings() {
    const seen = new Set();
    for (const request of this.requests.values()) {
      if (request.finishedMs !== null && request.kind !== 'other') {
        seen.add(`${request.kind}: ${request.encoding ?? 'none'}`);
      }
    }
    return [...seen].sort();
  }
}
