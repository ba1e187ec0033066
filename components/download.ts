import type { ExportedFile } from '../lib/messaging/store-protocol';

/** How long the file's object URL lives: long enough for every browser to start the download from it. */
export const REVOKE_AFTER_MS = 10_000;

/** Saves a file the store made through the browser's downloads (an <a download> on an object URL, freed after). */
export function downloadFile(file: ExportedFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
