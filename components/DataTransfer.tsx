import { useState } from 'preact/hooks';
import { format, type Lang, type Translate } from '../lib/i18n/i18n';
import type { ExportedFile } from '../lib/messaging/store-protocol';
import type { DueSummary } from '../lib/review/scheduler';
import type { ImportResult } from '../lib/store/backup';
import { MAX_BACKUP_CHARS, describeProblem } from '../lib/store/backup-format';
import { downloadFile } from './download';
import { storeErrorSentence } from './store-errors';

export type ExportFormat = 'backup' | 'csv' | 'anki';
const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'backup', label: 'data_exportBackup' },
  { format: 'csv', label: 'data_exportCsv' },
  { format: 'anki', label: 'data_exportAnki' },
];

type Props = {
  lang: Lang;
  t: Translate;
  /** Makes the file (store/export); the component downloads it. */
  onExport: (format: ExportFormat) => Promise<ExportedFile>;
  /** Imports a backup's text (store/import). */
  onImport: (text: string) => Promise<ImportResult>;
  /** What is due now (store/due-count), for the review button; null while unknown. */
  due?: DueSummary | null;
  /** Opens review.html; without it there is no review button. */
  onOpenReview?: () => void;
  /** Saves the file; the browser's downloads by default (tests pass their own). */
  download?: (file: ExportedFile) => void;
};

type Outcome =
  | { kind: 'exported'; fileName: string }
  | { kind: 'imported'; result: Extract<ImportResult, { ok: true }> }
  | { kind: 'importFailed'; problems: string[]; more: number; cause: string | null }
  | { kind: 'error'; message: string };

/**
 * Backup and transfer: export (backup JSON, CSV, Anki), import of a backup file, and the way to review.
 * A failed import lists its first problems with their JSON paths and says that nothing changed. Pure: the
 * container asks the store.
 */
export function DataTransfer({ lang, t, onExport, onImport, due = null, onOpenReview, download = downloadFile }: Props) {
  const [busy, setBusy] = useState<ExportFormat | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const exportAs = async (format: ExportFormat) => {
    setBusy(format);
    setOutcome(null);
    try {
      const file = await onExport(format);
      download(file);
      setOutcome({ kind: 'exported', fileName: file.fileName });
    } catch (e) {
      setOutcome({ kind: 'error', message: storeErrorSentence(e, t) });
    } finally {
      setBusy(null);
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy('import');
    setOutcome(null);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        setOutcome({ kind: 'error', message: `${t('data_readFailed')} ${t('data_importFailed')}` });
        return;
      }
      if (text.length > MAX_BACKUP_CHARS) {
        const problem = { path: '$', code: 'tooLarge' as const, detail: `${text.length} > ${MAX_BACKUP_CHARS}` };
        setOutcome({ kind: 'importFailed', problems: [describeProblem(problem, lang)], more: 0, cause: null });
        return;
      }
      try {
        const result = await onImport(text);
        setOutcome(result.ok
          ? { kind: 'imported', result }
          : { kind: 'importFailed', problems: result.problems.map((p) => describeProblem(p, lang)), more: result.more, cause: null });
      } catch (e) {
        setOutcome({ kind: 'importFailed', problems: [], more: 0, cause: storeErrorSentence(e, t) });
      }
    } finally {
      setBusy(null);
      input.value = ''; // the same file can be chosen again
    }
  };

  return (
    <section class="tre-data" aria-labelledby="tre-data-heading">
      {onOpenReview && (
        <button type="button" class="tre-button tre-button-primary tre-study" onClick={onOpenReview}>
          {format(t('data_review'), { n: due?.total ?? 0 })}
        </button>
      )}
      <h2 id="tre-data-heading">{t('data_heading')}</h2>
      <fieldset>
        <legend>{t('data_export')}</legend>
        <div class="tre-actions">
          {FORMATS.map(({ format: f, label }) => (
            <button key={f} type="button" class="tre-button" disabled={busy !== null} onClick={() => void exportAs(f)}>{t(label)}</button>
          ))}
        </div>
        <p class="tre-help">{t('data_exportHelp')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('data_import')}</legend>
        <label class="tre-file-label" for="tre-import-file">{t('data_importFile')}</label>
        <input
          id="tre-import-file"
          type="file"
          accept=".json,application/json"
          disabled={busy !== null}
          onChange={(e) => void importFile(e.currentTarget)}
        />
        <p class="tre-help">{t('data_importHelp')}</p>
      </fieldset>
      <div class="tre-data-outcome" role="status">
        {busy === 'import' && <p>{t('data_importing')}</p>}
        {outcome?.kind === 'exported' && <p>{format(t('data_exported'), { file: outcome.fileName })}</p>}
        {outcome?.kind === 'imported' && <ImportSummary result={outcome.result} lang={lang} t={t} />}
      </div>
      {outcome?.kind === 'error' && <p class="tre-alert" role="alert">{outcome.message}</p>}
      {outcome?.kind === 'importFailed' && (
        <div class="tre-alert" role="alert">
          <p>{outcome.cause ? `${outcome.cause} ` : ''}{t('data_importFailed')}</p>
          {outcome.problems.length > 0 && (
            <>
              <p>{t('data_importProblems')}</p>
              <ul class="tre-problems">
                {outcome.problems.map((p, i) => <li key={i}>{p}</li>)}
              </ul>
            </>
          )}
          {outcome.more > 0 && <p>{format(t('data_importMore'), { n: outcome.more })}</p>}
        </div>
      )}
    </section>
  );
}

function ImportSummary({ result, lang, t }: { result: Extract<ImportResult, { ok: true }>; lang: Lang; t: Translate }) {
  return (
    <div class="tre-import-summary">
      <p><strong>{t('data_importDone')}</strong></p>
      <ul>
        <li>{format(t('data_importTerms'), result.savedTerms)}</li>
        <li>{format(t('data_importCards'), result.reviewCards)}</li>
        <li>{format(t('data_importLog'), result.reviewLog)}</li>
      </ul>
      {result.warnings.length > 0 && (
        <>
          <p>{t('data_importWarnings')}</p>
          <ul class="tre-problems">
            {result.warnings.map((w, i) => <li key={i}>{describeProblem(w, lang)}</li>)}
          </ul>
        </>
      )}
    </div>
  );
}
