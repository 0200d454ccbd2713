import type { Page } from 'playwright-core';
import { expect } from 'vitest';

interface Focused {
  tag: string;
  name: string;
  outline: string;
}

/** What has the focus: its tag, its accessible-ish name (label, text, aria-label) and its outline. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', name: '', outline: '' };
    const labelled = el.getAttribute('aria-label')
      ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null)
      ?? el.textContent
      ?? '';
    return { tag: el.tagName.toLowerCase(), name: labelled.replace(/\s+/g, ' ').trim(), outline: getComputedStyle(el).outlineStyle };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches, as a keyboard user
 * would, and checks the focus is visible there (WCAG 2.4.7).
 */
export async function tabTo(page: Page, name: RegExp, { backwards = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (name.test(f.name)) {
      expect(f.outline, `zichtbare focus op ${f.tag} "${f.name}"`).not.toBe('none');
      return;
    }
  }
  throw new Error(`Met ${backwards ? 'Shift+Tab' : 'Tab'} geen element gevonden met naam ${name}`);
}

/** In a focused, closed <select>: arrow down until the wanted option is selected. */
export async function chooseWithArrows(page: Page, option: string | RegExp) {
  const matches = (text: string) => (typeof option === 'string' ? text === option : option.test(text));
  await page.keyboard.press('Home');
  for (let i = 0; i < 500; i++) {
    const text = await page.evaluate(() => {
      const select = document.activeElement as HTMLSelectElement;
      return select.selectedOptions[0]?.textContent ?? '';
    });
    if (matches(text.trim())) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Optie ${option} niet gevonden met de pijltjestoetsen`);
}
