// The tests' claim server, as web-test-runner middleware (Koa). Real HTTP answers for every path
// the widget must handle, so the tests exercise the real fetch, headers and streams.
//
//   /api/<mode>/<key>/<id>.json   a claim, answered as <mode> says (below); <key> groups the log
//   /api-log/<key>                what requests under <key> carried: { count, requests: [...] }
//   /dist/claims/<id>.json        the default endpoint of the built script (dist/evidence-claim.js)
//   /csp/<name>.html              test/csp/<name>.html, served under the strict CSP below
//   /prerendered/<id>.html        an article page holding the CLI's prerendered snippet of a claim,
//                                 under the strict CSP (options: test/prerendered-page.mjs)
//   /late/<ms>/<path>             the file at <path>, answered <ms> milliseconds late
//
// Claims are read from demo/claims/ and test/fixtures/{broken,warnings}/.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// other-id/ holds valid documents filed under another name: served under an ID they do not carry.
const FOLDERS = ['demo/claims', 'test/fixtures/broken', 'test/fixtures/warnings', 'test/fixtures/other-id'];
const log = new Map();

function claimText(id) {
  for (const dir of FOLDERS) {
    const file = `${root}${dir}/${id}.json`;
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

// The policy a strict publisher would send; test/csp.test.ts checks the widget lives with it.
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function claimServer(ctx, next) {
  const logged = /^\/api-log\/([\w-]+)$/.exec(ctx.path);
  if (logged) {
    const entry = log.get(logged[1]) ?? { count: 0, requests: [] };
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(entry);
    return;
  }
  const page = /^\/csp\/([\w-]+)\.html$/.exec(ctx.path);
  if (page && existsSync(`${root}test/csp/${page[1]}.html`)) {
    ctx.set('content-security-policy', STRICT_CSP);
    ctx.set('cache-control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = readFileSync(`${root}test/csp/${page[1]}.html`, 'utf8');
    return;
  }
  const pre = /^\/prerendered\/([\w-]+)\.html$/.exec(ctx.path);
  if (pre) {
    const text = claimText(pre[1]);
    if (text === undefined) return next();
    const { prerenderedPage } = await import('./prerendered-page.mjs');
    ctx.set('content-security-policy', STRICT_CSP);
    ctx.set('cache-control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = await prerenderedPage(JSON.parse(text), ctx.query);
    return;
  }
  const late = /^\/late\/(\d+)(\/.+)$/.exec(ctx.path);
  if (late) {
    await sleep(Number(late[1]));
    const file = `${root}${late[2].slice(1)}`;
    if (!existsSync(file) || late[2].includes('..')) return next();
    ctx.set('cache-control', 'no-store');
    ctx.type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
    ctx.body = readFileSync(file);
    return;
  }
  const dist = /^\/dist\/claims\/([\w-]+)\.json$/.exec(ctx.path);
  const api = /^\/api\/([\w-]+)\/([\w-]+)\/([^/]+)\.json$/.exec(ctx.path);
  if (!api && !dist) return next();
  const [mode, key, id] = api ? api.slice(1) : ['ok', 'dist', dist[1]];
  const entry = log.get(key) ?? { count: 0, requests: [] };
  log.set(key, entry);
  entry.count++;
  entry.requests.push({ url: ctx.url, cookie: ctx.get('cookie'), referer: ctx.get('referer'), origin: ctx.get('origin') });

  ctx.set('access-control-allow-origin', '*');
  // The runner marks any path with a file extension cacheable for a year, after we answer; the
  // browser would then serve repeats from its cache and the log would undercount. Set no-store
  // as the headers go out, after everyone else.
  const writeHead = ctx.res.writeHead;
  ctx.res.writeHead = function (...args) {
    this.setHeader('cache-control', 'no-store');
    return writeHead.apply(this, args);
  };
  const body = claimText(decodeURIComponent(id));
  switch (mode) {
    case 'slow':
      await sleep(Number(ctx.query.ms ?? 1500));
      break;
    case 'hang':
      await sleep(60_000);
      return;
    case 'status':
      ctx.status = Number(ctx.query.code ?? 500);
      ctx.body = 'failure';
      return;
    case 'redirect':
      // To the same claim under another key: followed, it would be counted there.
      ctx.redirect(`/api/ok/${key}-moved/${id}.json`);
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><p>Not a claim';
      return;
    case 'big': {
      // Over 1 MB, streamed with no content-length so only the widget's own counting stops it.
      const { Readable } = await import('node:stream');
      const chunk = ' '.repeat(64 * 1024);
      let sent = 0;
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (async function* () {
          yield '{"schemaVersion":1,"pad":"';
          while (sent < 3_000_000) {
            sent += chunk.length;
            yield chunk;
          }
          yield '"}';
        })(),
      );
      return;
    }
    case 'biglength':
      ctx.type = 'application/json';
      ctx.set('content-length', '2000000');
      ctx.body = '{}';
      ctx.respond = false;
      ctx.res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': '2000000',
        'access-control-allow-origin': '*',
      });
      ctx.res.end('{}'.padEnd(2_000_000, ' '));
      return;
    case 'drip': {
      // Declares 2 MB and sends it slowly; records whether the client hung up before the end.
      const request = entry.requests.at(-1);
      ctx.respond = false;
      ctx.res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': '2000000',
        'access-control-allow-origin': '*',
      });
      request.sent = 0;
      const timer = setInterval(() => {
        if (request.sent >= 2_000_000) return (clearInterval(timer), ctx.res.end());
        ctx.res.write(' '.repeat(50_000));
        request.sent += 50_000;
      }, 25);
      ctx.res.on('close', () => {
        clearInterval(timer);
        request.hungUp = !ctx.res.writableFinished;
      });
      return;
    }
    case 'truncated':
      ctx.respond = false;
      ctx.res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String((body ?? '').length + 500),
        'access-control-allow-origin': '*',
      });
      ctx.res.write((body ?? '{}').slice(0, 40));
      setTimeout(() => ctx.res.destroy(), 50);
      return;
    case 'flaky':
      // Fails twice with 503, then answers: the widget's bounded retries get through.
      if (entry.count <= 2) {
        ctx.status = 503;
        ctx.body = 'busy';
        return;
      }
      break;
    case 'nocors':
      ctx.remove('access-control-allow-origin');
      break;
    case 'ok':
      break;
    default:
      ctx.status = 400;
      return;
  }
  if (body === undefined) {
    ctx.status = 404;
    ctx.body = 'no such claim';
    return;
  }
  ctx.type = 'application/json';
  ctx.body = body;
}
