/** “/” jumps to the search box from anywhere on the site, as on most search sites. */
export function bindSearchKey(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const box = document.querySelector<HTMLInputElement>('#q, #mast-q');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
