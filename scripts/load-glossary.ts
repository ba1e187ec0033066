import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGlossary, type CheckedGlossary, type RawGlossaryFiles } from '../lib/glossary/check';

// import.meta.dirname where the runtime gives it (Node ≥ 20.11, vitest); a file URL otherwise.
export const ROOT = resolve(import.meta.dirname ?? fileURLToPath(new URL('.', import.meta.url)), '..');
export const DATA_DIR = join(ROOT, 'data');

/** Reads data/ from disk. JSON syntax errors become problems, not exceptions, so `check` can list them. */
export function readGlossaryFiles(dataDir = DATA_DIR): { files: RawGlossaryFiles; problems: string[] } {
  const problems: string[] = [];
  const read = (path: string): unknown => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${relative(ROOT, path)}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const termDir = join(dataDir, 'terms');
  const termFiles = readdirSync(termDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ path: `data/terms/${name}`, json: read(join(termDir, name)) }));
  return {
    files: {
      termFiles,
      timeline: read(join(dataDir, 'timeline.json')),
      eras: read(join(dataDir, 'eras.json')),
      sources: read(join(dataDir, 'sources.json')),
      blockers: read(join(dataDir, 'blockers.json')),
      houseSpelling: read(join(dataDir, 'house-spelling.json')),
      context: read(join(dataDir, 'context.json')),
      nameParts: read(join(dataDir, 'name-parts.json')),
    },
    problems,
  };
}

export function loadGlossary(dataDir = DATA_DIR): CheckedGlossary {
  const { files, problems } = readGlossaryFiles(dataDir);
  const checked = checkGlossary(files);
  checked.problems.unshift(...problems);
  return checked;
}
