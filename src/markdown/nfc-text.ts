/**
 * Sätteri hast plugin: text pasted in decomposed Unicode (NFD: "e" + combining marks, as some
 * editors and Word on macOS produce) is rendered as NFC, so it displays, copies and searches
 * like the rest. Front-matter strings are normalised by the schema (`cleanText`).
 * The factory leaves the plugin out of documents that are already NFC: almost all of them.
 */
import type { HastPluginEntry } from 'satteri';

const TEXT_PROPERTIES = ['alt', 'title', 'ariaLabel'];

export const nfcText: HastPluginEntry = (ctx) =>
  ctx.source === ctx.source.normalize('NFC')
    ? null
    : {
        name: 'nfc-text',
        text(node) {
          const value = node.value.normalize('NFC');
          if (value !== node.value) return { type: 'text', value };
        },
        element: {
          filter: ['img', 'a', 'abbr'],
          visit(node, c) {
            for (const key of TEXT_PROPERTIES) {
              const v = node.properties?.[key];
              if (typeof v === 'string' && v !== v.normalize('NFC')) c.setProperty(node, key, v.normalize('NFC'));
            }
          },
        },
      };
