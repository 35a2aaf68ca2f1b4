/** Hands text or an image to the browser as a download; nothing leaves the machine. */
export function saveFile(name: string, content: string | Blob, type: string): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download by now; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
