#!/usr/bin/env node
// `npm start`: serves the repository over HTTP on localhost so the demo can load the built
// script (dist/) and the claims (demo/claims/) the way a publisher's site would.
// Port: $PORT, else 8000; when that is taken, any free port (the URL printed is the one to open).
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

/** The port if it is free, else a free one the system picks. */
const freePort = (port) =>
  new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(freePort(0)))
      .listen(port, () => {
        const { port: found } = probe.address();
        probe.close(() => resolve(found));
      });
  });

const start = (port) =>
  startDevServer({
    config: { rootDir: '.', port, hostname: '127.0.0.1', open: false, watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });

const server = await start(await freePort(Number(process.env.PORT ?? 8000)));
const url = `http://127.0.0.1:${server.server.address().port}/demo/`;
console.log(`\nevidence-claim demo: ${url}\n  claim editor: ${url}builder.html\n  (Ctrl+C to stop)\n`);
