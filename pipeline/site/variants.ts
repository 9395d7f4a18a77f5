/**
 * The other rendition's reading of a node, folded under “异文”, with what differs marked: the
 * printed reading struck through (del), the other one underlined (ins). A lawyer sees at once
 * whether the difference is a character or a clause.
 */
import diff from 'fast-diff';
import type { Variant } from '../../schema/tree.ts';
import { html, type Html } from './html.ts';

function marked(text: string, other: string): Html[] {
  return diff(text, other, undefined, true).map(([op, part]) =>
    op === diff.EQUAL ? html`${part}` : op === diff.INSERT ? html`<ins>${part}</ins>` : html`<del>${part}</del>`,
  );
}

export function renderVariants(list: Variant[] | undefined, text: string): Html {
  if (!list || list.length === 0) return html``;
  return html`<details class="var"><summary title="另一版本的文字与此不同">异文</summary>${list.map(
    (v) => html`<p><span class="var-line">源文件第 ${v.line} 行：</span>${text ? marked(text, v.text) : v.text}</p>`,
  )}</details>`;
}
