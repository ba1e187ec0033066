// `npm run dev` / `npm run dev:firefox`: WXT's dev mode (a browser window with Tre loaded, rebuilt on every save),
// opened on demo/index.html served from 127.0.0.1, so a first try needs no network and shows a page full of terms.
// A launcher in front of `wxt` because WXT, started without a display, dies with a bare ECONNRESET stack.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './load-glossary';

const firefox = process.argv.includes('--firefox');

function hasDisplay(): boolean {
  // Windows and macOS always have one; on Linux and the BSDs a browser window needs X11 or Wayland.
  if (process.platform === 'win32' || process.platform === 'darwin') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

if (!hasDisplay()) {
  console.error('npm run dev opens a browser window, and this machine has no display (neither DISPLAY nor ' +
    'WAYLAND_DISPLAY is set): run it on a desktop, or under `xvfb-run npm run dev`, or build with ' +
    '`npm run build` and load .output/chrome-mv3 into a browser yourself.');
  process.exit(1);
}

const demo = readFileSync(join(ROOT, 'demo/index.html'));
const server = createServer((req, res) => {
  // One page; anything else (favicon…) is a plain 404.
  if (req.url === '/' || req.url === '/index.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demo);
  else res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  console.log(`Tre's demo page: ${url}`);
  const wxt = spawn('npx', ['wxt', ...(firefox ? ['-b', 'firefox'] : [])], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, TRE_START_URL: url }, shell: process.platform === 'win32',
  });
  const stop = () => wxt.kill('SIGINT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  wxt.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
