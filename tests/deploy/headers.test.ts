import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify, IMMUTABLE, readPolicy, securityHeaders } from '../../scripts/static-server.mjs';

const read = (path: string) => readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8');
const policy = readPolicy(read('index.html'));
const expected = securityHeaders(policy ?? 'missing');

/** public/_headers as { path: { header: value } } (Netlify and Cloudflare Pages syntax). */
function parseHeadersFile(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules[line.trim()] = {};
      continue;
    }
    const colon = line.indexOf(':');
    if (current) current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The nginx example of docs/deploy.md. */
const nginx = /```nginx\n([\s\S]*?)```/.exec(read('docs/deploy.md'))?.[1] ?? '';

describe("the static hosts' headers", () => {
  it("index.html has the policy, MyoMap's own origin only", () => {
    expect(policy).toMatch(/^default-src 'self';/);
  });

  it('the benchmark floor page (floor.html) carries the same policy as the app, so both are measured alike', () => {
    expect(readPolicy(read('floor.html'))).toBe(policy);
  });

  it('public/_headers sends what npm start sends: the same policy, framing refused, and a year for hashed files', () => {
    expect(parseHeadersFile(read('public/_headers'))).toEqual({ '/*': expected, '/assets/*': { 'Cache-Control': IMMUTABLE } });
  });

  it('the nginx example in docs/deploy.md sends the same headers on every answer', () => {
    const added: Record<string, string> = {};
    for (const [, name = '', value = ''] of nginx.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)) added[name] = value;
    expect(added).toEqual(expected);
    expect(nginx).toContain(`~^/assets/  "${IMMUTABLE}";`);
  });
});

describe('what the server makes of a request', () => {
  it.each([
    ['GET', '/', { kind: 'path', path: '/', fileLike: false }],
    ['HEAD', '/muscles/soleus?r=heel-right', { kind: 'path', path: '/muscles/soleus', fileLike: false }],
    ['GET', '/assets/index-abc.js', { kind: 'path', path: '/assets/index-abc.js', fileLike: true }],
    ['GET', '/robots.txt', { kind: 'path', path: '/robots.txt', fileLike: true }],
    ['GET', '/muscles/%', { kind: 'app' }],
    ['GET', '/muscles/%E0%A4%A', { kind: 'app' }],
    ['GET', '/assets/%', { kind: 'refuse', status: 404 }],
    ['GET', '/.env', { kind: 'refuse', status: 404 }],
    ['GET', '/_headers', { kind: 'app' }],
    ['GET', '/../package.json', { kind: 'refuse', status: 400 }],
    ['GET', '/assets/..%2f..%2fpackage.json', { kind: 'refuse', status: 400 }],
    ['GET', '/%2E%2E/etc/passwd', { kind: 'refuse', status: 400 }],
    ['GET', '/..%5cpackage.json', { kind: 'refuse', status: 400 }],
    ['GET', '/index.html%00.js', { kind: 'refuse', status: 400 }],
    ['GET', 'http://elsewhere.example/', { kind: 'refuse', status: 400 }],
    ['GET', `/?r=${'x'.repeat(16 * 1024)}`, { kind: 'refuse', status: 414 }],
    ['POST', '/', { kind: 'refuse', status: 405 }],
    ['OPTIONS', '*', { kind: 'refuse', status: 405 }],
  ] as const)('%s %s -> %j', (method, target, answer) => {
    expect(classify(method, target)).toEqual(answer);
  });
});
