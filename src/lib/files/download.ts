/** Hands a file to the browser's download manager (an <a download> on a blob: URL). */
export function download(blob: Blob, filename: string, host: HTMLElement = document.body): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  host.appendChild(a);
  a.click();
  a.remove();
  // Revoked on the next task: the download has taken its copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
