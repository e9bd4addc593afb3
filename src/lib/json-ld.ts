/**
 * Structured data as the text of a `<script type="application/ld+json">` block. The block is
 * data, never run, but its text must not be able to close the element or open a comment, so
 * `<`, `>` and `&` are written as JSON escapes.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026');
}
