import { existsSync } from 'node:fs';

// One place that knows where Chrome/Chromium lives, for `npm run dev` and the end-to-end tests.

const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** CHROME_PATH if set, else the first usual install found, else undefined. */
export function findChrome(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Like findChrome, but says clearly what to do when there is none. */
export function requireChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && !existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
  const found = findChrome();
  if (!found) {
    throw new Error('No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or point CHROME_PATH at its executable.');
  }
  return found;
}
