/** Offers text as a file download (a temporary object URL clicked through a hidden link). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next task: the click has already handed the URL to the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
