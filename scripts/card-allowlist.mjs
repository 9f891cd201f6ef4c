// The elements and attributes a prerendered card can hold, read from the card's own Lit
// templates (src/render.ts, src/prerender.ts): the one source of what the renderer writes. The
// WordPress plugin accepts a fetched card only if it holds nothing else (includes/allowlist.php
// is generated from this by scripts/wordpress-plugin.mjs).
//
// Each template's static text is read with the TypeScript parser, its bindings marked as holes.
// An attribute whose value is always static may hold only those values; one with a binding in
// its value may hold any text (Lit escapes it). Event bindings (`@click`) are never written by
// the server renderer; `<link>` (the stylesheet) is not in the list: the plugin replaces it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

// A binding's place in a template's static text: a character no template holds.
const HOLE = '\u{E000}';
const SOURCES = ['src/render.ts', 'src/prerender.ts'];
const REPLACED = new Set(['link']);

/**
 * @returns {Record<string, Record<string, true | string[]>>} tag -> attribute -> `true` (any
 *   value, or none) or the static values it may take (lower case, as kses compares them).
 */
export function cardAllowlist(root) {
  const seen = {};
  for (const file of SOURCES) {
    const sf = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'html') {
        const t = node.template;
        const text = ts.isNoSubstitutionTemplateLiteral(t)
          ? t.text
          : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)].join(HOLE);
        for (const [, name, rest] of text.matchAll(/<([a-zA-Z][\w-]*)([^<>]*?)\/?>/g)) {
          const tag = name.toLowerCase();
          if (REPLACED.has(tag)) continue;
          const attrs = (seen[tag] ??= {});
          for (const [, attr, raw] of rest.matchAll(/([^\s="'/>\u{E000}]+)(?:=("[^"]*"|'[^']*'|[^\s>]*))?/gu)) {
            if (/^[@.]/.test(attr)) continue;
            const key = attr.replace(/^\?/, '').toLowerCase();
            const value = raw === undefined ? undefined : raw.replace(/^["']|["']$/g, '');
            const any = value === undefined || value.includes(HOLE);
            if (any || attrs[key] === true) attrs[key] = true;
            else (attrs[key] ??= new Set()).add(value.toLowerCase());
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  const out = {};
  for (const tag of Object.keys(seen).sort()) {
    out[tag] = {};
    for (const attr of Object.keys(seen[tag]).sort()) {
      const v = seen[tag][attr];
      out[tag][attr] = v === true ? true : [...v].sort();
    }
  }
  return out;
}
