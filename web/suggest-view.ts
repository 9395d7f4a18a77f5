/**
 * Suggestions under the search box: an ARIA combobox whose listbox offers completions of the last
 * word typed (jieba words and names of the corpus, from SearchClient.suggest). Focus stays in the
 * box; arrow keys move the active option (aria-activedescendant), Enter or a click takes it,
 * Escape closes the list. Text is set through textContent only.
 */
import type { Suggestion } from '../core/search/client.ts';

export interface Suggester {
  suggest?(input: string, limit?: number): Promise<Suggestion[]>;
}

export interface Suggestions {
  /** Offers completions of what the box holds now (closes the list when there are none). */
  update(): Promise<void>;
  close(): void;
}

const LIMIT = 8;
const LIST_ID = 'q-suggest';

/**
 * Turns `input` into a combobox. `pick` runs a search for the chosen text. Call it before other
 * keydown listeners of the box: the keys it handles while the list is open go no further.
 */
export function attachSuggestions(input: HTMLInputElement, source: () => Suggester | undefined, pick: (text: string) => void): Suggestions {
  const list = document.createElement('ul');
  list.id = LIST_ID;
  list.className = 'suggest';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', '输入建议');
  list.hidden = true;
  input.insertAdjacentElement('afterend', list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', LIST_ID);

  let items: Suggestion[] = [];
  let active = -1;
  let generation = 0;

  const options = (): HTMLElement[] => Array.from(list.querySelectorAll<HTMLElement>('[role="option"]'));
  const setActive = (i: number): void => {
    active = i;
    for (const [j, option] of options().entries()) option.setAttribute('aria-selected', String(j === i));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `${LIST_ID}-${i}`);
      options()[i]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = (): void => {
    generation++;
    items = [];
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (i: number): void => {
    const text = items[i]?.text;
    close();
    if (text === undefined) return;
    input.value = text;
    input.focus();
    pick(text);
  };

  const update = async (): Promise<void> => {
    const suggester = source();
    const value = input.value;
    const mine = ++generation;
    if (!suggester?.suggest || !value.trim() || document.activeElement !== input) return close();
    let found: Suggestion[];
    try {
      found = await suggester.suggest(value, LIMIT);
    } catch (error) {
      // Suggestions are a convenience: a missing file must not disturb the search itself.
      console.warn('suggestions unavailable', error);
      found = [];
    }
    if (mine !== generation || input.value !== value) return;
    if (!found.length) return close();
    items = found;
    active = -1;
    list.replaceChildren(
      ...found.map((s, i) => {
        const li = document.createElement('li');
        li.id = `${LIST_ID}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.text = s.text;
        const word = document.createElement('span');
        word.className = 's-word';
        word.textContent = s.word;
        const count = document.createElement('span');
        count.className = 's-count';
        count.textContent = `${s.units} 处`;
        li.append(word, count);
        return li;
      }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    const n = items.length;
    if (event.key === 'ArrowDown') setActive((active + 1) % n);
    else if (event.key === 'ArrowUp') setActive(active <= 0 ? n - 1 : active - 1);
    else if (event.key === 'Enter' && active >= 0) choose(active);
    else if (event.key === 'Escape') close();
    else {
      if (event.key === 'Tab') close();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  });
  // Keep the focus in the box while an option is clicked.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option) choose(options().indexOf(option));
  });
  input.addEventListener('blur', close);
  return { update, close };
}
