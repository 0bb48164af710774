/** Saves `parts` as a file through a download link (no "downloads" permission needed). */
export function downloadFile(doc: Document, parts: BlobPart[], fileName: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** parallax-corpus-2026-11-22.json */
export function exportFileName(now: Date): string {
  return `parallax-corpus-${now.toISOString().slice(0, 10)}.json`;
}
