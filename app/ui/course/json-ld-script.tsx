/**
 * Structured data for search engines. A data block (type application/ld+json) is never
 * executed, so the nonce CSP does not apply to it; `json` must already have `<` escaped.
 */
export function JsonLdScript({ json }: { json: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
