import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { launch, startServer, type RunningServer } from './browser';
import { IMMUTABLE, readPolicy } from '../../scripts/static-server.mjs';

const dist = resolve(import.meta.dirname, '../../dist');
const indexHtml = readFileSync(resolve(dist, 'index.html'), 'utf8');
const policy = `${readPolicy(indexHtml) ?? 'missing'}; frame-ancestors 'none'`;
const asset = (pattern: RegExp) => {
  const found = pattern.exec(indexHtml)?.[0];
  if (!found) throw new Error(`no ${String(pattern)} in dist/index.html`);
  return found;
};
const script = asset(/\/assets\/index-[\w-]+\.js/);
const stylesheet = asset(/\/assets\/[\w-]+\.css/);
const safetyData = `/assets/${readdirSync(resolve(dist, 'assets')).find((name) => /^safety-[\w-]+\.json$/.test(name)) ?? 'missing'}`;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request with the path sent exactly as given (fetch would resolve `..` and re-encode first). */
function send(base: string, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const req = httpRequest({ host: hostname, port, path, method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => { done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }); });
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

const corsHeaders = (headers: IncomingHttpHeaders) => Object.keys(headers).filter((name) => name.startsWith('access-control-'));

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

let server: RunningServer;
const base = () => server.url;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

describe('the server behind npm start: headers', () => {
  it('sends the app page with the CSP as a header (framing refused), nosniff, no referrer and no-cache', async () => {
    const { status, headers, body } = await send(base(), '/');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toBe(policy);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['cache-control']).toBe('no-cache');
    expect(corsHeaders(headers)).toEqual([]);
    expect(body.toString()).toBe(indexHtml);
  });

  it.each([
    [script, 'text/javascript; charset=utf-8'],
    [stylesheet, 'text/css; charset=utf-8'],
    [safetyData, 'application/json; charset=utf-8'],
  ])('sends the hashed file %s as %s, cached for a year as immutable', async (path, type) => {
    const { status, headers } = await send(base(), path);
    expect(status).toBe(200);
    expect(headers['content-type']).toBe(type);
    expect(headers['cache-control']).toBe(IMMUTABLE);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toBe(policy);
    expect(corsHeaders(headers)).toEqual([]);
  });

  it('sends a file outside /assets/ (the icon) with its type and no-cache: its name has no hash', async () => {
    const { status, headers } = await send(base(), '/favicon.svg');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('image/svg+xml');
    expect(headers['cache-control']).toBe('no-cache');
  });

  it('sends no CORS headers, even to a request from another origin or a preflight', async () => {
    const origin = { Origin: 'http://elsewhere.example' };
    const get = await send(base(), script, { headers: origin });
    const preflight = await send(base(), script, { method: 'OPTIONS', headers: { ...origin, 'Access-Control-Request-Method': 'GET' } });
    expect(get.status).toBe(200);
    expect(corsHeaders(get.headers)).toEqual([]);
    expect(preflight.status).toBe(405);
    expect(corsHeaders(preflight.headers)).toEqual([]);
  });

  it('compresses text for a client that takes gzip, and answers 304 to a revalidation', async () => {
    const plain = await send(base(), script);
    const zipped = await send(base(), script, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    const again = await send(base(), '/', { headers: { 'If-None-Match': String((await send(base(), '/')).headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('the server behind npm start: answers', () => {
  it.each(['/assets/nope.js', '/assets/nope.css', '/assets/', '/robots.txt', '/favicon.ico', '/muscles/soleus.json', '/assets/%E0%A4%A.js', '/.vite/manifest.json'])(
    'answers 404 for the missing file %s, not the app page',
    async (path) => {
      const { status, headers, body } = await send(base(), path);
      expect(status).toBe(404);
      expect(headers['cache-control']).toBe('no-store');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(body.toString()).not.toContain('id="root"');
      expect(body.toString()).toContain('href="/"');
    },
  );

  it.each(['/muscles/soleus', '/muscles/soleus?side=right&r=heel-right', '/muscles', '/muscles/%', '/muscles/%E0%A4%A', '/%ZZ?r=%', '/no/such/page/', '/_headers'])(
    'answers the app page for the screen %s, and the app says what it does not know',
    async (path) => {
      const { status, headers, body } = await send(base(), path);
      expect(status).toBe(200);
      expect(headers['cache-control']).toBe('no-cache');
      expect(body.toString()).toBe(indexHtml);
    },
  );

  it('answers HEAD like GET, without the body', async () => {
    const get = await send(base(), '/muscles/soleus');
    const head = await send(base(), '/muscles/soleus', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.body.length).toBe(0);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405 and says what it allows', async (method) => {
    const { status, headers } = await send(base(), '/', { method });
    expect(status).toBe(405);
    expect(headers.allow).toBe('GET, HEAD');
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/assets/%2E%2E%2F%2E%2E%2Fpackage.json',
    '/..%5c..%5cpackage.json',
    '/%00/etc/passwd',
    '/index.html%00.js',
  ])('never serves a file outside dist/: %s', async (path) => {
    const { status, body } = await send(base(), path);
    expect([400, 404]).toContain(status);
    expect(body.toString()).not.toMatch(/"name": "myomap"|root:x:0:0/);
  });

  it.each([
    ['a 20 kB link (over the 16 kB URL limit)', 20_000, 414],
    ['a 40 kB link (over the 32 kB limit on a request head)', 40_000, 431],
  ])('answers %s with the friendly page', async (_what, length, expected) => {
    const { status, headers, body } = await send(base(), `/?r=${'x'.repeat(length)}`);
    expect(status).toBe(expected);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toBe(policy);
    expect(body.toString()).toContain('This link is too long to open');
    expect(body.toString()).toContain('<a href="/">Go to the body map</a>');
  });

  it('still opens a 12 kB link (1,500 ids: the longest the hardening tests use)', async () => {
    const { status } = await send(base(), `/?r=${'knee-back-right,'.repeat(800)}`);
    expect(status).toBe(200);
  });

  it('shows the friendly page in the browser for an over-long link, and its link leads to the body map', async () => {
    const { page, close } = await launch({ width: 390, height: 844 });
    try {
      const response = await page.goto(`${base()}/?r=${'calf-upper-right,'.repeat(2000)}`);
      expect(response?.status()).toBe(431);
      await page.getByRole('heading', { name: 'This link is too long to open' }).waitFor();
      await page.getByRole('link', { name: 'Go to the body map' }).click();
      await page.getByRole('heading', { name: /where does it hurt/i }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
    } finally {
      await close();
    }
  });
});

describe('the server behind npm start: framing', () => {
  let other: Server;
  let otherBase = '';
  beforeAll(async () => {
    // Another origin (another port) whose page frames the app, and, as a control, a page of its own.
    other = createServer((req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      if (req.url === '/own') res.end('<!doctype html><title>own</title><h1>A page of the framing site</h1>');
      else res.end(`<!doctype html><title>framing</title><iframe id="app" title="app" src="${base()}/"></iframe><iframe id="own" title="own" src="/own"></iframe>`);
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const address = other.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    otherBase = `http://127.0.0.1:${String(address.port)}`;
  });
  afterAll(async () => {
    await new Promise((done) => other.close(done));
  });

  it('refuses to be framed by another origin (clickjacking of the safety answers)', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/i.test(message.text())) refusals.push(message.text());
    });
    try {
      await page.goto(`${otherBase}/`, { waitUntil: 'load' });
      // The control frame loads, so frames work here; the app's frame does not show the app.
      await page.frameLocator('#own').getByRole('heading', { name: 'A page of the framing site' }).waitFor();
      await expect.poll(() => refusals.length).toBeGreaterThan(0);
      const frame = page.frames().find((f) => f !== page.mainFrame() && !f.url().endsWith('/own'));
      expect(frame).toBeDefined();
      expect(frame?.url().startsWith(base())).toBe(false);
      expect(await page.frameLocator('#app').getByRole('heading', { name: /where does it hurt/i }).count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('the server behind npm start: starting and stopping', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('on %s takes no new connection, answers the request under way, then exits 0', async (signal) => {
    const own = await startServer();
    const { hostname, port } = new URL(own.url);
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk: Buffer) => { received += chunk.toString('latin1'); });
    const closed = new Promise((done) => socket.once('close', done));
    await new Promise((done) => socket.once('connect', done));
    // The request is still arriving (its head is not finished) when the signal comes.
    socket.write('GET /favicon.svg HTTP/1.1\r\nHost: myomap.test\r\n');
    await new Promise((done) => setTimeout(done, 300));
    void own.stop(signal);
    await expect.poll(() => own.output()).toMatch(/stopping; open responses finish first/);
    await expect(send(own.url, '/')).rejects.toThrow(/ECONNREFUSED/);
    socket.write('\r\n');
    await closed;
    const [head = '', body = ''] = received.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(head).toMatch(/\r\nConnection: close/i);
    expect(Buffer.byteLength(body, 'latin1')).toBe(Number(/\r\nContent-Length: (\d+)/i.exec(head)?.[1]));
    expect(await own.exited).toBe(0);
    expect(own.output()).toMatch(/MyoMap stopped/);
  });

  it('does not wait for an idle kept-alive connection to stop', async () => {
    const own = await startServer();
    const { hostname, port } = new URL(own.url);
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((done, fail) => {
      httpRequest({ host: hostname, port, path: '/', agent }, (res) => { res.resume(); res.on('end', done); }).on('error', fail).end();
    });
    const started = Date.now();
    expect(await own.stop('SIGTERM')).toBe(0);
    expect(Date.now() - started).toBeLessThan(3_000);
    agent.destroy();
  });

  it('listens on 127.0.0.1 at the PORT it is given, prints the address, and says so when the port is taken', async () => {
    const port = await freePort();
    const own = await startServer({ PORT: String(port) });
    try {
      expect(own.url).toBe(`http://127.0.0.1:${String(port)}`);
      expect((await send(own.url, '/')).status).toBe(200);
      await expect(startServer({ PORT: String(port) })).rejects.toThrow(/exited \(1\)[\s\S]*Port \d+ is in use/);
    } finally {
      expect(await own.stop()).toBe(0);
    }
  });
});
