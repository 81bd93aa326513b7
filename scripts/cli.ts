// What every MyoMap command line shares: reading options strictly, printing input safely, and leaving
// quietly when whoever reads the output stops (`| head`).

/** Where a command reads and writes; the real process in use, fakes in tests. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Writes one line to stdout. */
  out: (line: string) => void;
  /** Writes one line to stderr. */
  err: (line: string) => void;
}

/** The process's own streams, line by line. */
export const processIo: CliIo = {
  stdin: process.stdin,
  out: (line) => { process.stdout.write(`${line}\n`); },
  err: (line) => { process.stderr.write(`${line}\n`); },
};

/**
 * Exits quietly (code 0, or process.exitCode if set) once stdout or stderr is closed by its reader
 * (`npm run -s rank -- --json < big.txt | head -1`): the reader has what it wanted. Other errors still throw.
 */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit();
      throw error;
    });
  }
}

/**
 * Text from outside (ids, option names, file names) made safe for a terminal: controls become `\x1b`,
 * direction and other invisible format characters, separators and lone surrogates `\u{202e}`, and a
 * backslash `\\`, so what is shown is exactly what was given and no escape sequence reaches the terminal.
 * `terminalSafe('a\x1b[2Jb') // -> 'a\\x1b[2Jb'`
 */
export function terminalSafe(text: string): string {
  return text.replace(/\\|[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, (c) => {
    if (c === '\\') return '\\\\';
    const code = c.codePointAt(0) ?? 0;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** A list of data problems as printed: a heading, then one escaped line each (they quote file names and values). */
export function problemLines(problems: readonly string[]): string[] {
  return [`Invalid data (${String(problems.length)} problem${problems.length === 1 ? '' : 's'}):`, ...problems.map((p) => `- ${terminalSafe(p)}`)];
}

/** Input quoted in a message: terminal-safe, cut after 60 code points (never inside one), with its length when cut. */
export function quoteInput(text: string): string {
  let kept = '';
  let count = 0;
  for (const point of text) {
    if (count < 60) kept += point;
    count++;
  }
  return count > 60 ? `"${terminalSafe(kept)}…" (${count.toLocaleString('en')} characters)` : `"${terminalSafe(kept)}"`;
}

export interface Options {
  /** The flags given, of those the command knows. */
  flags: Set<string>;
  /** Everything that is not an option, in order (everything after `--`, too). */
  args: string[];
  /** Options the command does not know, as given. */
  unknown: string[];
}

/** Splits argv into known flags, other arguments and unknown options; `--` ends the options. */
export function parseOptions(argv: readonly string[], known: readonly string[]): Options {
  const flags = new Set<string>();
  const args: string[] = [];
  const unknown: string[] = [];
  let ended = false;
  for (const a of argv) {
    if (ended || !a.startsWith('-') || a === '-') args.push(a);
    else if (a === '--') ended = true;
    else if (known.includes(a)) flags.add(a);
    else unknown.push(a);
  }
  return { flags, args, unknown };
}

/** Usage errors (exit 2, usage on stderr), or --help (exit 0, usage on stdout); undefined if neither. */
export function usageOutcome(io: CliIo, name: string, usage: string, options: Options, problem?: string): number | undefined {
  const problems = [...options.unknown.map((u) => `unknown option ${quoteInput(u)}`), ...(problem ? [problem] : [])];
  if (problems.length) {
    for (const p of problems) io.err(`${name}: ${p}`);
    io.err(usage);
    return 2;
  }
  if (options.flags.has('--help') || options.flags.has('-h')) {
    io.out(usage);
    return 0;
  }
  return undefined;
}
