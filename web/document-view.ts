/**
 * The document page: selecting a node (its label link, or arriving by a deep link) shows its
 * citation in a bar with buttons that copy the citation with its link, or the link alone.
 * The build writes each node's citation (data-cite, the same text its search result shows) and
 * its printed page (data-p, inherited from the nearest ancestor that has one).
 */

export interface Citation {
  /** 《…》（攸政办发〔2023〕1号）第十四条第（三）项 */
  text: string;
  /** 攸县人民政府公报2023年第1期第5页, when the page is known */
  where: string;
  link: string;
}

export function citationOf(node: HTMLElement, bulletin: string, href: string): Citation {
  const text = node.dataset.cite ?? '';
  // The node's own printed page, else its nearest ancestor's (the document's, from the 目录).
  const placed = node.closest<HTMLElement>('[data-p]');
  const page = placed?.dataset.p;
  const end = placed === node ? node.dataset.pe : undefined;
  const link = `${href.replace(/#.*$/, '')}#${node.id}`;
  return { text, where: page && bulletin ? `${bulletin}第${page}${end ? `—${end}` : ''}页` : '', link };
}

/** The text put on the clipboard: citation — where printed, then the deep link on its own line. */
export function clipboardText(c: Citation): string {
  return `${c.text}${c.where ? ` — ${c.where}` : ''}\n${c.link}`;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Plain-http hosts have no async clipboard: fall back to a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'vh';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function button(text: string, className: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.className = className;
  return b;
}

export function startDocumentView(): void {
  const bulletin = document.body.dataset.bulletin ?? '';
  const bar = document.createElement('div');
  bar.className = 'citebar';
  bar.hidden = true;
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', '引用');
  const inner = document.createElement('div');
  inner.className = 'citebar-inner';
  const output = document.createElement('output');
  output.id = 'citation';
  const copyCitation = button('复制引用', 'primary');
  const copyLink = button('复制链接', '');
  const done = document.createElement('span');
  done.className = 'cb-done';
  done.setAttribute('aria-live', 'polite');
  const close = button('×', 'cb-close');
  close.setAttribute('aria-label', '关闭');
  inner.append(output, copyCitation, copyLink, done, close);
  bar.append(inner);
  document.body.append(bar);

  let current: Citation | undefined;
  let selected: HTMLElement | undefined;

  const select = (node: HTMLElement | null): void => {
    selected?.classList.remove('sel');
    selected = node && node.classList.contains('n') ? node : undefined;
    if (!selected) {
      bar.hidden = true;
      current = undefined;
      return;
    }
    selected.classList.add('sel');
    current = citationOf(selected, bulletin, location.href);
    const where = document.createElement('span');
    where.className = 'cb-where';
    where.textContent = current.where;
    output.replaceChildren(document.createTextNode(current.text), where);
    done.textContent = '';
    bar.hidden = false;
  };
  const fromHash = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    select(id ? document.getElementById(id) : null);
  };

  copyCitation.addEventListener('click', async () => {
    if (!current) return;
    const text = clipboardText(current);
    bar.dataset.copied = text;
    done.textContent = (await copy(text)) ? '已复制' : '请手动复制';
  });
  copyLink.addEventListener('click', async () => {
    if (!current) return;
    bar.dataset.copied = current.link;
    done.textContent = (await copy(current.link)) ? '已复制链接' : '请手动复制';
  });
  close.addEventListener('click', () => {
    history.replaceState(null, '', location.pathname + location.search);
    select(null);
  });
  copyCitation.title = '快捷键 C';
  document.addEventListener('keydown', (event) => {
    if (!selected || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (event.key === 'Escape') close.click();
    else if (event.key === 'c' || event.key === 'C') copyCitation.click();
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
  // Arriving by a deep link: show the node with what comes before it (its article, its heading)
  // rather than flush against the top edge.
  // A tall part (an attachment, a chapter) keeps its title at the top as the browser put it.
  // The browser scrolls to the fragment itself until load, so this waits for load.
  const centre = (): void => {
    if (selected && selected.getBoundingClientRect().height < window.innerHeight * 0.5) selected.scrollIntoView({ block: 'center' });
  };
  if (document.readyState === 'complete') centre();
  else window.addEventListener('load', () => requestAnimationFrame(centre), { once: true });

  // On a phone the outline starts folded so the text comes first.
  const outline = document.querySelector<HTMLDetailsElement>('.outline details');
  if (outline && window.matchMedia('(max-width: 860px)').matches) outline.open = false;
}
