/**
 * Characters HTML does not allow in text (C0 controls other than tab, LF, FF and CR; DEL; C1
 * controls) and lone surrogates: a parser reports them as errors and may replace them, so they go.
 */
const NOT_HTML_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/**
 * Escapes text for HTML element content and for quoted attribute values (OWASP XSS Prevention,
 * rule 1 and 2): `&`, `<`, `>`, `"` and `'` become entities, and characters HTML does not allow
 * (control characters, lone surrogates) are removed. Bidi controls are kept: the renderer wraps
 * user text in `<bdi>`, which isolates them.
 *
 * @param text - Any text.
 * @returns The text, safe between tags and inside a quoted attribute value.
 *
 * @example
 * ```ts
 * escapeHtml('<script>alert("x")</script>'); // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 * escapeHtml("Women's & children's"); // 'Women&#x27;s &amp; children&#x27;s'
 * ```
 *
 * @category Rendering
 */
export function escapeHtml(text: string): string {
  return text.replace(NOT_HTML_TEXT, '').replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/**
 * A link target that is safe to put in `href`: an `http:`, `https:` or `mailto:` URL, without
 * whitespace, control or bidi characters (browsers drop tabs and line breaks inside a URL, so
 * `java\nscript:` would still run, and a bidi override would make the link read as another). Anything else — `javascript:`, `data:`, `vbscript:`, relative
 * paths, text that merely contains a URL — is not a link.
 *
 * @param text - A candidate URL, e.g. an indicator's source.
 * @returns The URL without surrounding spaces, or `null` when it must be shown as text.
 *
 * @example
 * ```ts
 * safeUrl(' https://ncct.gov.kh/report.pdf '); // 'https://ncct.gov.kh/report.pdf'
 * safeUrl('mailto:ncct@example.org'); // 'mailto:ncct@example.org'
 * safeUrl(' JaVaScRiPt:alert(1)'); // null
 * safeUrl('data:text/html,<script>alert(1)</script>'); // null
 * ```
 *
 * @category Rendering
 */
export function safeUrl(text: string): string | null {
  const url = text.trim();
  if (/[\s\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069]/.test(url)) return null;
  if (/^https?:\/\/[^/?#@\\]+/i.test(url)) return url;
  if (/^mailto:[^@/\\]+@[^@/\\]+$/i.test(url)) return url;
  return null;
}

/**
 * Bidi embedding, override and isolate controls: never allowed in an id (Trojan Source). Other
 * characters outside `[a-z0-9]` become hyphens; these disappear, so that `A\u202EB` and `AB` map
 * to the same id.
 */
const BIDI_CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Turns a user id into the part of an HTML `id` after its prefix: lower case, bidi and zero-width
 * characters removed, accents dropped, every other character outside `[a-z0-9]` a hyphen, runs of
 * hyphens collapsed and trimmed. Two ids can map to the same slug (`LAW.1`, `law-1`); the renderer
 * makes its ids unique.
 *
 * @param id - A user id (a result, an indicator, a ministry).
 * @returns The slug, possibly empty (e.g. for an id written only in Khmer).
 *
 * @example
 * ```ts
 * idSlug('LAW.1'); // 'law-1'
 * idSlug('Ministère de l’Intérieur'); // 'ministere-de-l-interieur'
 * idSlug('PRV\u202E-01'); // 'prv-01'
 * ```
 *
 * @category Rendering
 */
export function idSlug(id: string): string {
  return id
    .replace(BIDI_CONTROLS, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
