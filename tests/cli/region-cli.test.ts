// @vitest-environment node
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseOptions, problemLines, quoteInput, terminalSafe, type CliIo } from '../../scripts/cli';
import { muscleFileNames } from '../../scripts/content/load-content-node';
import { runRegionCli, type RegionCli } from '../../scripts/cli-regions';
import type { RegionId } from '../../src/content/schema';

// As many ids as there are regions, so a search over a long id costs here what it costs for real.
const filler = Array.from({ length: 145 }, (_, i) => `zzzzzzzzzzzzzzzz-${String(i).padStart(3, '0')}`);
const known = ['heel-left', 'heel-right', 'knee-back-right', ...filler];

/** A command over fake streams: stdin given as text (or a terminal), what it wrote, its exit code. */
async function run(argv: string[], stdin: string | { terminal: true } = '') {
  const out: string[] = [];
  const err: string[] = [];
  const terminal = typeof stdin !== 'string';
  const input = Object.assign(Readable.from(terminal ? [] : [stdin]), { isTTY: terminal ? true : undefined });
  const io: CliIo = { stdin: input, out: (l) => out.push(l), err: (l) => err.push(l) };
  let loaded = false;
  const cli: RegionCli<RegionId> = {
    name: 'rank',
    usage: 'Usage: rank [--json] [region-id ...]',
    setup: () => {
      loaded = true;
      return { known, answer: (ids) => ids };
    },
    format: { json: (ids) => ids, text: (ids) => ids.join(' ') || '(none)' },
  };
  const code = await runRegionCli(argv, io, cli);
  return { code, out: out.join('\n'), err: err.join('\n'), loaded };
}

describe('the region command lines (rank, screen)', () => {
  it('answers for the ids on the command line', async () => {
    expect(await run(['heel-left', '--json'])).toMatchObject({ code: 0, out: '["heel-left"]', err: '' });
  });

  it('answers each line of stdin, a blank line as the empty selection', async () => {
    expect(await run([], 'heel-left knee-back-right\n\nheel-right\n')).toMatchObject({
      code: 0,
      out: 'heel-left knee-back-right\n(a blank line: no region ids)\nheel-right',
    });
  });

  it.each([['--jsn'], ['-j'], ['--JSON'], ['--json=1']])('refuses the unknown option %s: exit 2, usage on stderr, nothing on stdout', async (flag) => {
    const result = await run([flag, 'heel-left']);
    expect(result).toMatchObject({ code: 2, out: '', loaded: false });
    expect(result.err).toContain(`rank: unknown option "${flag}"`);
    expect(result.err).toContain('Usage: rank');
  });

  it('reads an id after -- as an id, not an option', async () => {
    const result = await run(['--', '--json']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown region id "--json"');
  });

  it.each([['--help'], ['-h'], ['heel-left', '--help']])('prints the usage on stdout for %s and exits 0 without loading data', async (...argv) => {
    expect(await run(argv)).toMatchObject({ code: 0, out: 'Usage: rank [--json] [region-id ...]', err: '', loaded: false });
  });

  it('prints the usage on stderr when given no ids on a terminal, instead of waiting for input', async () => {
    const result = await run([], { terminal: true });
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toBe('rank: no region ids given\nUsage: rank [--json] [region-id ...]');
  });

  it('says so when stdin is empty, with exit code 2', async () => {
    const result = await run(['--json'], '');
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toMatch(/^rank: stdin was empty, so there was nothing to answer/);
  });

  it('names an unknown id with the closest known ones, answers nothing for it and exits 2', async () => {
    const result = await run(['heel-lft']);
    expect(result).toMatchObject({ code: 2, out: '(no answer: an unknown region id, see stderr)' });
    expect(result.err).toBe('rank: unknown region id "heel-lft"; closest: heel-left, heel-right, knee-back-right (see npm run regions)');
  });

  it('keeps answering the other lines of stdin after an unknown id, and exits 2 at the end', async () => {
    expect(await run(['--json'], 'nope\nheel-left\n')).toMatchObject({ code: 2, out: '[]\n["heel-left"]' });
  });

  it('skips the closest-id search for an id over 100 characters, and quotes only its start', async () => {
    const started = performance.now();
    const result = await run([], `${'x'.repeat(1_000_000)}\n`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`rank: unknown region id "${'x'.repeat(60)}…" (1,000,000 characters); far longer than any region id (see npm run regions)`);
  });

  it('escapes control characters and escape sequences in ids and options, on the command line and stdin', async () => {
    const fromArgs = await run(['kn\x1b[2Jee', '--j\x07son']);
    expect(fromArgs.err).toContain('unknown option "--j\\x07son"');
    const fromStdin = await run([], 'kn\x1b[31mee \u202Eabc \x9b2J\n');
    expect(fromStdin.err).toContain('unknown region id "kn\\x1b[31mee"');
    expect(fromStdin.err).toContain('unknown region id "\\u{202e}abc"');
    expect(fromStdin.err).toContain('unknown region id "\\x9b2J"');
    for (const { err } of [fromArgs, fromStdin]) expect(err).not.toMatch(/(?!\n)\p{Cc}|[\u202a-\u202e]/u);
  });
});

describe('terminalSafe', () => {
  it.each([
    ['plain text', 'knee-back-right', 'knee-back-right'],
    ['an escape sequence', '\x1b[2J\x1b]0;title\x07', '\\x1b[2J\\x1b]0;title\\x07'],
    ['carriage return, backspace, newline and tab', 'a\rb\bc\nd\te', 'a\\x0db\\x08c\\x0ad\\x09e'],
    ['DEL and C1 controls (CSI on its own)', '\x7f\x85\x9b', '\\x7f\\x85\\x9b'],
    ['direction characters', '\u202e\u2066\u200f\u061c', '\\u{202e}\\u{2066}\\u{200f}\\u{61c}'],
    ['zero-width and separators', '\u200b\ufeff\u2028', '\\u{200b}\\u{feff}\\u{2028}'],
    ['a lone surrogate', 'a\ud800', 'a\\u{d800}'],
    ['a backslash, so an escape can not be faked', '\\x1b', '\\\\x1b'],
    ['emoji and other scripts, untouched', '😀 مرحبا é', '😀 مرحبا é'],
  ])('escapes %s', (_what, text, shown) => {
    expect(terminalSafe(text)).toBe(shown);
  });

  it('quotes input cut by code point, never inside an emoji', () => {
    expect(quoteInput('😀'.repeat(61))).toBe(`"${'😀'.repeat(60)}…" (61 characters)`);
    expect(quoteInput('😀'.repeat(60))).toBe(`"${'😀'.repeat(60)}"`);
  });
});

describe('check:data problems as printed', () => {
  it('escapes a file name with an escape sequence in it, one line per problem', () => {
    const problems: string[] = [];
    muscleFileNames(['soleus\x1b[2J.json', 'Soleus.json'], problems);
    expect(problemLines(problems)).toEqual([
      'Invalid data (2 problems):',
      '- data/muscles/soleus\\x1b[2J.json: (file): not read: every file here must be named <muscle-id>.json, in lower case',
      '- data/muscles/Soleus.json: (file): not read: every file here must be named <muscle-id>.json, in lower case; rename it soleus.json',
    ]);
  });
});

describe('parseOptions', () => {
  it('splits known flags, arguments and unknown options; -- ends the options', () => {
    const options = parseOptions(['--json', 'a', '--jsn', '-', '--', '--help', 'b'], ['--json', '--help']);
    expect([...options.flags]).toEqual(['--json']);
    expect(options.args).toEqual(['a', '-', '--help', 'b']);
    expect(options.unknown).toEqual(['--jsn']);
  });
});

describe('places with a pain level and kind on the command line', () => {
  async function runWith(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { stdin: Object.assign(Readable.from([]), { isTTY: undefined }), out: (l) => out.push(l), err: (l) => err.push(l) };
    const code = await runRegionCli(argv, io, {
      name: 'rank',
      usage: 'Usage: rank',
      setup: () => ({ known, answer: (ids, details) => [{ ids, details }] }),
      format: { json: (r) => r[0], text: () => '' },
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('passes the level and kind on, as a link writes them', async () => {
    const result = await runWith(['--json', 'knee-back-right:7:cramping', 'heel-left::burning', 'heel-right']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      ids: ['knee-back-right', 'heel-left', 'heel-right'],
      details: { 'knee-back-right': { intensity: 7, kind: 'cramping' }, 'heel-left': { intensity: 5, kind: 'burning' } },
    });
  });

  it.each([
    ['knee-back-right:11', 'rank: pain level "11" for knee-back-right not understood; give a whole number from 1 to 10 (knee-back-right:7)'],
    ['knee-back-right::throbbing', 'rank: pain kind "throbbing" for knee-back-right not understood; give one of aching, sharp, burning, cramping, numbness, tingling (knee-back-right::aching)'],
    ['knee-back-right:\x07:x', 'rank: pain level "\\x07" for knee-back-right not understood'],
  ])('exits 2 for %j, says what was not understood and answers nothing', async (arg, message) => {
    const result = await runWith([arg]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).not.toMatch(/(?!\n)\p{Cc}/u);
    expect(result.out).toBe('(no answer: a pain level or kind not understood, see stderr)');
  });

  it('still names an unknown place that carries a level, with its closest ids', async () => {
    const result = await runWith(['heel-lft:7']);
    expect(result.code).toBe(2);
    expect(result.err).toBe('rank: unknown region id "heel-lft:7"; closest: heel-left, heel-right, knee-back-right (see npm run regions)');
  });
});
