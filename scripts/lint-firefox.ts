// `npm run lint:firefox [-- DIR_OR_ZIP]`: Mozilla's addons-linter (the checks addons.mozilla.org runs on upload)
// on the Firefox build. Fails on any error, and on any warning that is not one of the explained ones below; the
// README's "Store packages" section says the same to a reader.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import addonsLinter from 'addons-linter';
import { ROOT } from './load-glossary';

type Message = { code: string; file?: string; message: string; description?: string | string[] };

/**
 * Warnings that are understood and harmless, with why. Matched by code and file, so a new instance of the same
 * code in another file still fails.
 */
const EXPLAINED: { code: string; file: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(popover-ui\.js|chunks\/[^/]+\.js)$/,
    why: "Preact's renderer contains the code of `dangerouslySetInnerHTML`, which no Tre component uses; Tre never " +
      'assigns innerHTML',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^content-scripts\/content\.js$/,
    why: "the content script imports the popover's code on first use from the extension's own package " +
      '(runtime.getURL), never from a page or the network',
  },
];

const target = process.argv[2] ?? join(ROOT, '.output/firefox-mv2');
if (!existsSync(target)) {
  console.error(`lint:firefox: nothing at ${target}; build the Firefox package first (npm run build:firefox).`);
  process.exit(1);
}

const linter = addonsLinter.createInstance({
  config: {
    _: [target], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false,
    output: 'none', boring: false, selfHosted: false, shouldScanFile: () => true,
  },
  runAsBinary: false,
});
const result = (await linter.run()) as { errors: Message[]; warnings: Message[]; notices: Message[] };
const explained = (m: Message) => EXPLAINED.find((e) => e.code === m.code && e.file.test(m.file ?? ''));
const unexplained = result.warnings.filter((m) => !explained(m));
const line = (m: Message) => `  ${m.code} ${m.file ?? ''}: ${m.message}`;
for (const m of result.warnings.filter(explained)) console.log(`${line(m)} — explained: ${explained(m)!.why}`);
if (result.errors.length || unexplained.length) {
  console.error([...result.errors.map((m) => `error${line(m)}`), ...unexplained.map((m) => `warning${line(m)}`)].join('\n'));
  console.error(`lint:firefox: ${result.errors.length} error(s), ${unexplained.length} unexplained warning(s)`);
  process.exit(1);
}
console.log(`lint:firefox: addons-linter ok — 0 errors, ${result.warnings.length} explained warning(s), ` +
  `${result.notices.length} notice(s)`);
