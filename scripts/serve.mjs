#!/usr/bin/env node
// `npm start`: serves the repository over HTTP on localhost so the demo can load the built
// script (dist/) and the claims (demo/claims/) the way a publisher's site would.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', open: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `http://127.0.0.1:${server.config.port}/demo/`;
console.log(`\nevidence-claim demo: ${url}\n  embed builder: ${url}builder.html\n  (Ctrl+C to stop)\n`);
