// `npm start`: serves the production build in dist/ (built first by `vite build`) on 127.0.0.1 and
// prints the address. PORT picks the port (0: any free one); without it, 4173 or the next free one.
// Ctrl+C or SIGTERM: no new connections, the open responses finish, exit 0.
import { fileURLToPath } from 'node:url';
import { createAppServer } from './static-server.mjs';

const HOST = '127.0.0.1';
const GRACE_MS = 10_000;
const root = fileURLToPath(new URL('../dist/', import.meta.url));

const wanted = process.env.PORT;
const explicit = wanted !== undefined && wanted.trim() !== '';
const first = explicit ? Number(wanted) : 4173;
if (!Number.isInteger(first) || first < 0 || first > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, not "${String(wanted)}".`);
  process.exit(1);
}

let app;
try {
  app = createAppServer({ root });
} catch (error) {
  console.error(`Cannot serve ${root}: ${error instanceof Error ? error.message : String(error)}\nBuild it first: npm start does (vite build), or run npx vite build.`);
  process.exit(1);
}
const { server, shutdown } = app;

/** @param {number} port */
function listen(port) {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, () => {
      server.off('error', fail);
      done(undefined);
    });
  });
}

for (let port = first; ; port++) {
  try {
    await listen(port);
    break;
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (code === 'EADDRINUSE' && !explicit && port < first + 10) continue;
    console.error(code === 'EADDRINUSE' ? `Port ${String(port)} is in use: set PORT to another one (PORT=0 picks any free port).` : String(error));
    process.exit(1);
  }
}

const address = server.address();
const port = typeof address === 'object' && address ? address.port : first;
console.log(`\nMyoMap is running at http://${HOST}:${String(port)}/\nOpen it in your browser; press Ctrl+C to stop.\n`);

let stopping = false;
/** @param {NodeJS.Signals} signal */
function stop(signal) {
  if (stopping) {
    console.log('Stopping now, without waiting.');
    server.closeAllConnections();
    process.exit(1);
  }
  stopping = true;
  console.log(`${signal}: stopping; open responses finish first.`);
  setTimeout(() => {
    console.error(`Responses still open after ${String(GRACE_MS / 1000)} s: closing them.`);
    server.closeAllConnections();
    process.exit(1);
  }, GRACE_MS).unref();
  shutdown().then(
    () => {
      console.log('MyoMap stopped.');
      process.exit(0);
    },
    (/** @type {unknown} */ error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
