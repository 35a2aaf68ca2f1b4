// Lesson text is markdown written by us, but it still becomes HTML: it is sanitised before it is shown.
// Both libraries load on first use so that they stay out of the simulator's first download.

export async function renderMarkdown(markdown: string): Promise<string> {
  const [{ marked }, { default: DOMPurify }] = await Promise.all([import('marked'), import('dompurify')]);
  const html = await marked.parse(markdown, { async: true });
  return DOMPurify.sanitize(html);
}
