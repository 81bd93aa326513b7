// The server behind `npm start`: serves the production build in dist/ with the headers, answers and
// limits described in docs/deploy.md. node:http only; `serve.mjs` listens, prints and stops it.
import { createServer, STATUS_CODES } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The longest request target (path and query) answered; a longer link gets the "link too long" page, 414. */
export const URL_LIMIT = 16 * 1024;
/** Node's limit on a request's whole head (its default is 16 KiB): room for URL_LIMIT and ordinary headers; above it, the same page with 431. */
export const MAX_HEADER_SIZE = 32 * 1024;

/** Hashed build output: the name changes whenever the content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
});
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.txt', '.svg']);

/**
 * The Content-Security-Policy of the app's index.html `<meta>` tag: the one definition, which the server
 * repeats as a header (a header can also say who may frame the page; a meta tag cannot).
 * @param {string} html
 * @returns {string | undefined}
 */
export function readPolicy(html) {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
}

/**
 * The headers every answer carries, given the policy of index.html.
 * @param {string} policy
 * @returns {Record<string, string>}
 */
export function securityHeaders(policy) {
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // For browsers older than frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}

/**
 * A path that names a file, not a screen of the app: anything under /assets/, or a last segment with
 * an extension. A missing one is a 404, never the app's page.
 * @param {string} path the raw (still encoded) path
 */
export function isFileLike(path) {
  return path === '/assets' || path.startsWith('/assets/') || /\.[^/.]+$/.test(path);
}

/**
 * A small page in MyoMap's words, with the way back to the start page.
 * @param {string} title
 * @param {string} message
 */
function page(title, message) {
  return Buffer.from(
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title} · MyoMap</title>\n</head>\n<body>\n<main>\n<h1>${title}</h1>\n<p>${message}</p>\n<p><a href="/">Go to the body map</a></p>\n</main>\n</body>\n</html>\n`,
  );
}

const pages = {
  400: page('This address could not be read', 'The address has characters in it that MyoMap cannot use. It may have been changed on the way.'),
  404: page('Not found', 'There is no file at this address in MyoMap. The link may be mistyped or out of date.'),
  405: page('Not allowed', 'MyoMap only answers requests to read its pages.'),
  500: page('Something went wrong', 'MyoMap could not answer this time. Please try again in a moment.'),
};

/**
 * Whether the client takes gzip (a q of 0 refuses it).
 * @param {string | undefined} header Accept-Encoding
 */
function acceptsGzip(header = '') {
  return header.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return (name === 'gzip' || name === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Whether If-None-Match names this (weak) ETag.
 * @param {string | undefined} header
 * @param {string} etag
 */
function matches(header, etag) {
  if (!header) return false;
  const bare = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * What a request asks for, before the disk is looked at: a refusal (its status), a path to look up in
 * the build (a missing one that is file-like is a 404, else the app), or the app's page.
 * @param {string | undefined} method
 * @param {string | undefined} target the request target, as sent
 * @returns {{ kind: 'refuse', status: 400 | 404 | 405 | 414 } | { kind: 'path', path: string, fileLike: boolean } | { kind: 'app' }}
 * @example classify('GET', '/assets/..%2f..%2fpackage.json') // -> { kind: 'refuse', status: 400 }
 */
export function classify(method, target = '/') {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refuse', status: 405 };
  if (target.length > URL_LIMIT) return { kind: 'refuse', status: 414 };
  if (!target.startsWith('/')) return { kind: 'refuse', status: 400 };
  const rawPath = target.split('?', 1)[0] ?? '/';
  const fileLike = isFileLike(rawPath);
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    // Broken percent-encoding (`/muscles/%`): a screen gets the app, which says what it does not know.
    return fileLike ? { kind: 'refuse', status: 404 } : { kind: 'app' };
  }
  const segments = path.split('/');
  // Browsers resolve `..` before sending; a request that still has one (or a NUL, or a backslash) was made by hand.
  if (segments.includes('..') || path.includes('\0') || path.includes('\\')) return { kind: 'refuse', status: 400 };
  // Dot files (none are built) and the static hosts' own rules file are not served.
  if (segments.some((s) => s.startsWith('.')) || path === '/_headers') return fileLike ? { kind: 'refuse', status: 404 } : { kind: 'app' };
  return { kind: 'path', path, fileLike };
}

/**
 * @typedef {{ key: string, body: Buffer, etag: string, gzip?: Buffer }} Entry
 */

/**
 * Creates the server (not yet listening) for a built app in `root`.
 * @param {{ root: string }} options
 * @returns {{ server: import('node:http').Server, shutdown: () => Promise<void> }}
 */
export function createAppServer({ root }) {
  const rootDir = resolve(root);
  const indexFile = join(rootDir, 'index.html');
  const policy = readPolicy(readFileSync(indexFile, 'utf8'));
  if (!policy) throw new Error(`${indexFile} has no Content-Security-Policy meta tag: is this MyoMap's build?`);
  const common = securityHeaders(policy);
  const tooLong = readFileSync(join(rootDir, 'link-too-long.html'));
  /** @type {Map<string, Entry>} */
  const cache = new Map();
  /** Sockets with a response under way: a parse error there must not write into it. */
  const busy = new WeakSet();
  let stopping = false;

  /**
   * A file of the build, read once per version (size and time), or undefined if there is none.
   * @param {string} file
   * @returns {Promise<Entry | undefined>}
   */
  async function load(file) {
    let info;
    try {
      info = await stat(file);
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return undefined;
      throw error;
    }
    if (!info.isFile()) return undefined;
    const key = `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
    const cached = cache.get(file);
    if (cached?.key === key) return cached;
    const entry = { key, body: await readFile(file), etag: `W/"${key}"` };
    cache.set(file, entry);
    return entry;
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {Record<string, string | number>} headers
   */
  function setHeaders(res, headers) {
    for (const [name, value] of Object.entries({ ...common, ...headers })) res.setHeader(name, value);
    if (stopping) res.setHeader('Connection', 'close');
  }

  /**
   * One of the small pages, never cached.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {Buffer} body
   * @param {Record<string, string>} [extra]
   */
  function sendPage(req, res, status, body, extra = {}) {
    setHeaders(res, { 'Content-Type': TYPES['.html'] ?? '', 'Cache-Control': 'no-store', 'Content-Length': body.length, ...extra });
    res.writeHead(status);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} file
   * @param {Entry} entry
   * @param {string} cacheControl
   */
  function sendFile(req, res, file, entry, cacheControl) {
    const ext = extname(file).toLowerCase();
    const compressible = COMPRESSIBLE.has(ext);
    /** @type {Record<string, string | number>} */
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': cacheControl, ETag: entry.etag };
    if (compressible) headers.Vary = 'Accept-Encoding';
    if (matches(req.headers['if-none-match'], entry.etag)) {
      setHeaders(res, headers);
      res.writeHead(304);
      res.end();
      return;
    }
    let body = entry.body;
    if (compressible && body.length > 1024 && acceptsGzip(req.headers['accept-encoding'])) {
      entry.gzip ??= gzipSync(body, { level: 9 });
      body = entry.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    setHeaders(res, headers);
    res.writeHead(200);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function answer(req, res) {
    const asked = classify(req.method, req.url);
    if (asked.kind === 'refuse') {
      const body = asked.status === 414 ? tooLong : pages[asked.status];
      sendPage(req, res, asked.status, body, asked.status === 405 ? { Allow: 'GET, HEAD' } : {});
      return;
    }
    if (asked.kind === 'path') {
      const file = resolve(rootDir, `.${asked.path}`);
      if (file !== rootDir && !file.startsWith(rootDir + sep)) {
        sendPage(req, res, 400, pages[400]);
        return;
      }
      const entry = asked.path.endsWith('/') ? undefined : await load(file);
      if (entry) {
        sendFile(req, res, file, entry, asked.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
        return;
      }
      if (asked.fileLike) {
        sendPage(req, res, 404, pages[404]);
        return;
      }
    }
    await sendIndex(req, res);
  }

  /**
   * The app's page, for any screen (the router in the browser picks what to show).
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function sendIndex(req, res) {
    const entry = await load(indexFile);
    if (!entry) throw new Error(`${indexFile} is gone`);
    sendFile(req, res, indexFile, entry, 'no-cache');
  }

  const server = createServer({ maxHeaderSize: MAX_HEADER_SIZE }, (req, res) => {
    const socket = req.socket;
    busy.add(socket);
    res.on('close', () => {
      busy.delete(socket);
      // Finished while stopping: nothing else will come on this connection.
      if (stopping) setImmediate(() => { server.closeIdleConnections(); });
    });
    answer(req, res).catch((/** @type {unknown} */ error) => {
      console.error('MyoMap server:', error);
      if (res.headersSent) res.destroy();
      else sendPage(req, res, 500, pages[500]);
    });
  });

  // Node answers a request it cannot parse with a bare status line; a person following an over-long
  // link gets MyoMap's page instead.
  server.on('clientError', (/** @type {NodeJS.ErrnoException} */ error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable || busy.has(socket)) {
      socket.destroy();
      return;
    }
    const overflow = error.code === 'HPE_HEADER_OVERFLOW';
    const status = overflow ? 431 : 400;
    const body = overflow ? tooLong : pages[400];
    const head = { ...common, 'Content-Type': TYPES['.html'] ?? '', 'Cache-Control': 'no-store', 'Content-Length': body.length, Connection: 'close' };
    const lines = [`HTTP/1.1 ${String(status)} ${STATUS_CODES[status] ?? ''}`, ...Object.entries(head).map(([name, value]) => `${name}: ${String(value)}`)];
    socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), body]));
  });

  /** Stops taking connections, lets the open responses finish, and resolves once every connection is closed. */
  function shutdown() {
    stopping = true;
    const closed = new Promise((done, fail) => {
      server.close((error) => { if (error) fail(error); else done(undefined); });
    });
    server.closeIdleConnections();
    return closed.then(() => undefined);
  }

  return { server, shutdown };
}
