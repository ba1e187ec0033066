import matchTablesPath from 'virtual:tre/match-tables';
import { fetchMatchTablesFile } from '../../lib/match/packed-tables';

// The background's first import, so that this module runs before the others are evaluated: a worker woken by a
// page's Port asks for the match tables at once and reads them while the rest of its script is evaluated (its
// modules' top-level code took 16-43 ms of a wake-up on this machine, with a page waiting for its first answer;
// decision 012, "Fifth round"). A path from the extension's root needs no API: the worker and Firefox's
// background page both live at the root of the extension's origin.

/** Outside the extension (WXT evaluates an entrypoint in Node to read its options) nothing is fetched. */
const inExtension = typeof location !== 'undefined' && /^(chrome|moz)-extension:$/.test(location.protocol);

let early: Promise<ArrayBuffer> | null = inExtension ? fetchMatchTablesFile(matchTablesPath) : null;
// A failure is reported where the file is taken; until then it must not count as unhandled.
early?.catch(() => undefined);

/** The match tables' file: the one asked for when the script started, the first time; a new request after. */
export function matchTablesFile(): Promise<ArrayBuffer> {
  const file = early ?? fetchMatchTablesFile(matchTablesPath);
  early = null;
  return file;
}
