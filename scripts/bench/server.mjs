// One small static server for the benchmark: the production build, the plain static page and the
// synthetic article, all from memory. It compresses as a static host does (brotli, else gzip, by
// Accept-Encoding), once per file at start-up, so compression never costs time during a run.
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
// Below this, headers outweigh what compression saves; hosts such as Netlify skip them too.
const MIN_COMPRESS_BYTES = 256;
const LARGE_BYTES = 4 * 2 ** 20;

/** Every file under `dir`, keyed by its URL path under `prefix` ("/", "/static/"). */
export function filesFromDir(dir, prefix = '/') {
  const files = {};
  const walk = (current) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[prefix + relative(dir, path).split(sep).join('/')] = readFileSync(path);
    }
  };
  walk(dir);
  return files;
}

function prepare(path, content) {
  const body = Buffer.isBuffer(content) ? content : Buffer.from(content);
  const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
  if (!COMPRESSIBLE.test(type) || body.length < MIN_COMPRESS_BYTES) return { type, body };
  return {
    type,
    body,
    // Quality 11 takes about a minute for the ×1000 synthetic article's 9 MB; 9 takes seconds and
    // only the bench serves a file that size, over an unthrottled network.
    br: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: body.length > LARGE_BYTES ? 9 : 11 },
    }),
    gzip: gzipSync(body, { level: 9 }),
  };
}

/**
 * Serves `files` ({ "/path": Buffer | string }) on 127.0.0.1, trying `port` and the next few.
 * A path ending in "/" serves its index.html. Resolves to { url, close }.
 */
export async function startServer(files, { port = 4391, attempts = 10 } = {}) {
  const table = new Map(Object.entries(files).map(([path, body]) => [path, prepare(path, body)]));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = table.get(path.endsWith('/') ? `${path}index.html` : path);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(file ? 'Method not allowed' : 'Not found');
      return;
    }
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const encoding =
      file.br && /\bbr\b/.test(accepts)
        ? 'br'
        : file.gzip && /\bgzip\b/.test(accepts)
          ? 'gzip'
          : null;
    const body = encoding ? file[encoding] : file.body;
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      ...(file.br ? { vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  for (let offset = 0; offset < attempts; offset += 1) {
    const candidate = port + offset;
    // 4173 and 4174 belong to the browser tests' preview servers.
    if (candidate === 4173 || candidate === 4174) continue;
    const listening = await new Promise((resolve, reject) => {
      const onError = (error) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error));
      server.once('error', onError);
      server.listen(candidate, '127.0.0.1', () => {
        server.off('error', onError);
        resolve(true);
      });
    });
    if (listening) {
      return {
        url: `http://127.0.0.1:${candidate}`,
        close: () => new Promise((resolve) => server.close(resolve)),
      };
    }
  }
  throw new Error(`no free port in ${port}–${port + attempts - 1}`);
}
