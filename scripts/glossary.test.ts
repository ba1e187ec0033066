import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './load-glossary';

// The command-line contracts of docs/architecture.md, run as a user runs them.
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/glossary.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run glossary', () => {
  it('scan prints one JSON object a line whose text is the exact slice of the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tre-scan-'));
    const text = 'Mở đầu: ' + 'Hiệp định Giơ-ne-vơ'.normalize('NFD') + ' và ASEAN,\nrồi Liên\u00a0hợp quốc 🎋 và LHQ.';
    writeFileSync(join(dir, 'a.txt'), text);
    const r = run('scan', join(dir, 'a.txt'), '--json');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((m) => m.id)).toEqual(['hiep-dinh-gio-ne-vo-1954', 'asean', 'lien-hop-quoc', 'lien-hop-quoc']);
    for (const m of lines) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("scan reads a file as one page: a short name counts after the full name in an earlier paragraph", () => {
    const dir = mkdtempSync(join(tmpdir(), 'tre-scan-'));
    const text = 'Ông Trọng chưa được nêu tên đầy đủ.\n\nTổng Bí thư Nguyễn Phú Trọng phát biểu.\n\nSau đó ông Trọng tiếp khách.';
    writeFileSync(join(dir, 'b.txt'), text);
    const r = run('scan', join(dir, 'b.txt'), '--json');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((m) => `${m.id}:${m.text}`)).toEqual(['nguyen-phu-trong:Nguyễn Phú Trọng', 'nguyen-phu-trong:Trọng']);
    expect(lines[1].start).toBe(text.lastIndexOf('Trọng'));
  });

  it('export prints the whole glossary as one JSON object', () => {
    const r = run('export');
    expect(r.status).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(g.terms.length).toBeGreaterThan(40);
    expect(Array.isArray(g.events)).toBe(true);
  });

  it('search ranks the term first however it is typed', () => {
    for (const q of ['asean', 'lhq', 'hiep dinh gio ne vo', 'Geneva Accords']) {
      const r = run('search', q);
      expect(r.status).toBe(0);
      const first = JSON.parse(r.stdout.split('\n')[0]!);
      expect(typeof first.score).toBe('number');
      expect(first.id, q).toBe({ asean: 'asean', lhq: 'lien-hop-quoc' }[q] ?? 'hiep-dinh-gio-ne-vo-1954');
    }
  }, 30_000); // four runs of the command line, each loading and checking the glossary

  it('fails clearly on a missing file or an unknown command', () => {
    const missing = run('scan', '/nonexistent/file.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/file\.txt/);
    const unknown = run('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
