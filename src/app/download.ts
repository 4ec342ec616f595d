/** Saves a file made in the page (no server): a blob: link clicked once. */
export function download(doc: Document, name: string, blob: Blob): void {
  const a = doc.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
