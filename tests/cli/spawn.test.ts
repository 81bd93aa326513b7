// @vitest-environment node
// The real scripts, run as `npm run` runs them (node with tsx), for what only a real process shows.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface Ran { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

/**
 * Runs `scripts/<script>` with `stdin`; with `firstLine`, closes its stdout after the first line, as
 * `| head -1` does.
 */
function runScript(script: string, args: string[], stdin = '', firstLine = false): Promise<Ran> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], { cwd: root, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (firstLine && stdout.includes('\n')) child.stdout.destroy();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  child.stdin.on('error', () => { /* the script may stop reading first */ });
  child.stdin.end(stdin);
  return new Promise((done) => {
    child.on('close', (code, signal) => { done({ code, signal, stdout, stderr, ms: performance.now() - started }); });
  });
}

describe('the command lines, run for real', () => {
  it('exits quietly with code 0 when its reader stops after one line (rank --json < big | head -1)', async () => {
    const big = 'knee-back-right calf-upper-right\n'.repeat(3000);
    const ran = await runScript('rank.ts', ['--json'], big, true);
    expect(ran.stderr).toBe('');
    expect(ran).toMatchObject({ code: 0, signal: null });
    expect(ran.stdout.split('\n')[0]).toMatch(/^\[\{"id":"gastrocnemius"/);
  });

  it('rank --together --json prints the muscles that explain the places together, and what is left', async () => {
    const ran = await runScript('rank.ts', ['--together', 'heel-right', 'temple-right', '--json']);
    expect(ran.code).toBe(0);
    const answer = JSON.parse(ran.stdout) as { together: { id: string; side: string }[]; unexplained: string[] };
    expect(answer.together).toHaveLength(2);
    expect(answer.together.every((m) => m.side === 'right')).toBe(true);
    expect(answer.unexplained).toEqual([]);
  });

  it('exits quietly when the reader of eval stops after one line (eval | head -1)', async () => {
    const ran = await runScript('eval.ts', [], '', true);
    expect(ran).toMatchObject({ code: 0, signal: null, stderr: '' });
    expect(ran.stdout).toMatch(/^reference cases: \d+ single places/);
  });

  it('exits quietly when the reader of screen stops after one line', async () => {
    const ran = await runScript('screen.ts', ['--json'], 'chest-upper-left upper-arm-inner-left\n'.repeat(3000), true);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
  });

  it.each([['rank.ts'], ['screen.ts'], ['regions.ts'], ['check-data.ts'], ['eval.ts']])('%s: --help prints its usage and exits 0', async (script) => {
    const ran = await runScript(script, ['--help']);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(ran.stdout).toMatch(/^Usage: npm run /);
  });

  it.each([['rank.ts', 'knee-back-right'], ['regions.ts'], ['check-data.ts'], ['eval.ts']])('%s: an unknown option (--jsn) exits 2 with the usage on stderr', async (script, ...args) => {
    const ran = await runScript(script, ['--jsn', ...args]);
    expect(ran).toMatchObject({ code: 2, stdout: '' });
    expect(ran.stderr).toMatch(/: unknown option "--jsn"\nUsage: npm run /);
  });

  it('answers a megabyte-long unknown id at once, without searching for close ids', async () => {
    const ran = await runScript('rank.ts', [], `${'x'.repeat(1_000_000)}\n`);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('(1,000,000 characters); far longer than any region id');
    // Startup included; the search alone took 8 s before.
    expect(ran.ms).toBeLessThan(6000);
  });

  it('escapes an escape sequence in an unknown id instead of sending it to the terminal', async () => {
    const ran = await runScript('rank.ts', ['knee-back-right\x1b[2J']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('unknown region id "knee-back-right\\x1b[2J"; closest: knee-back-right');
    expect(ran.stderr).not.toContain('\x1b');
  });

  it('ranks with pain levels and kinds as a link writes them: gluteus minimus second when the upper calf is at 9', async () => {
    const ran = await runScript('rank.ts', ['--json', 'knee-back-right', 'calf-upper-right:9']);
    expect(ran.code).toBe(0);
    const ids = (JSON.parse(ran.stdout) as { id: string }[]).map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual(['gastrocnemius', 'gluteus-minimus']);
  });

  it.each([
    ['rank.ts', 'knee-back-right:12', 'rank: pain level "12" for knee-back-right not understood; give a whole number from 1 to 10'],
    ['rank.ts', 'knee-back-right:7:stabbing', 'rank: pain kind "stabbing" for knee-back-right not understood; give one of aching, sharp, burning, cramping, numbness, tingling'],
    ['screen.ts', 'palm-right::numb\x1b[2J', 'screen: pain kind "numb\\x1b[2J" for palm-right not understood'],
  ])('%s exits 2 with a clear message for %j', async (script, arg, message) => {
    const ran = await runScript(script, [arg]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(message);
    expect(ran.stderr).not.toContain('\x1b');
  });

  it('screen asks the nerve questions and the severe-pain question for palm-right:9:numbness', async () => {
    const ran = await runScript('screen.ts', ['--json', 'palm-right:9:numbness']);
    expect(ran.code).toBe(0);
    const keys = (JSON.parse(ran.stdout) as { asked: { key: string }[] }).asked.map((i) => i.key);
    expect(keys).toContain('severe-pain/sudden-or-unbearable');
    expect(keys).toContain('nerve-compression/weakness-foot-drop');
    expect(keys).not.toContain('gate/nerve');
  });
});
