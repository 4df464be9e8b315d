import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every page visited must have zero axe violations (WCAG 2.0/2.1 A and AA); failures list them all. */
export async function verifierAccessibilite(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `      ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
      .join('\n');
    return `  [${v.impact}] ${v.id} : ${v.help} (${v.nodes.length} élément(s))\n      ${v.helpUrl}\n${nodes}`;
  });
  const message = `axe : ${results.violations.length} violation(s) sur ${label}\n${lines.join('\n')}`;
  console.error(message);
  throw new Error(message);
}
