/** Checks a page in the browser as the e2e tests do: no WCAG 2.2 AA violation (axe), and no sideways scrolling. */
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function assertAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  assert.deepEqual(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    what,
  );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what} scrolls sideways by ${overflow}px`);
}

/** Signs in through the admin's own form, with the keyboard. */
export async function signInWithKeyboard(page: Page, origin: string, person: { email: string; password: string }): Promise<void> {
  await page.goto(`${origin}/admin/`);
  await page.getByLabel(/Email|البريد/).fill(person.email);
  await page.getByLabel(/^Password$|^كلمة المرور$/).fill(person.password);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${origin}/admin/`);
}
