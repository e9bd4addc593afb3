/**
 * Helpers for the /data/ endpoints: JSON and CSV responses with the right types.
 */
export function json(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export function csv(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
