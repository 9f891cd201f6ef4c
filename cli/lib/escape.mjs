// Escaping for the HTML the CLI writes. Claim texts are plain text: every one goes through
// escapeHtml, in element content and in quoted attribute values alike.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or a quoted attribute value, made inert: `<b>` becomes the characters `<b>`. */
export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);

/**
 * JSON for a `<script>` element: `<` as `\u003c` so no value can close the script
 * (`</script>`) or open a comment; `>` and `&` too, for old parsers. Still valid JSON.
 */
export const jsonForScript = (value, indent = 2) =>
  JSON.stringify(value, null, indent).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
