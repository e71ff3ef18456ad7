// axe-core in the page under test: WCAG 2 A and AA rules, violations listed readably. For any
// browser test: `await expectAccessible(page, 'inicio')` fails with every violation and its elements.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeScript = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0 levels the console must meet. */
export const wcagTags = ['wcag2a', 'wcag2aa'];

/**
 * A violation let through on purpose: one rule, on elements inside `within` (a CSS selector),
 * with the reason why it cannot be fixed here. Never a whole rule for the whole page.
 */
export interface AxeException {
  rule: string;
  within: string;
  why: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Runs axe on the page as it is now, after its finite animations (dialog fades, ripples) end. */
export async function axeViolations(page: Page, opts: { exceptions?: AxeException[] } = {}): Promise<AxeViolation[]> {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.effect?.getTiming().iterations === Infinity || a.playState !== 'running'), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  // Evaluated, not added as a <script>: the console's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeScript);
  return page.evaluate(
    async ({ tags, exceptions }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      const excepted = (rule: string, target: unknown) => {
        const element = typeof target === 'string' ? document.querySelector(target) : null;
        return exceptions.some((e) => e.rule === rule && element?.closest(e.within));
      };
      return result.violations
        .map((violation) => ({
          id: violation.id,
          impact: violation.impact ?? null,
          help: violation.help,
          helpUrl: violation.helpUrl,
          nodes: violation.nodes
            .filter((node) => !excepted(violation.id, node.target[node.target.length - 1]))
            .map((node) => ({ target: node.target.join(' >> '), html: node.html.slice(0, 200), summary: node.failureSummary ?? '' })),
        }))
        .filter((violation) => violation.nodes.length > 0);
    },
    { tags: wcagTags, exceptions: opts.exceptions ?? [] },
  );
}

/** Every violation, its elements and what to fix, one per line. */
export function describeViolations(pageName: string, violations: AxeViolation[]): string {
  const lines = [`axe-core: ${violations.length} regla(s) WCAG 2 A/AA incumplida(s) en «${pageName}»:`];
  for (const violation of violations) {
    lines.push(`- ${violation.id} (${violation.impact ?? 'sin impacto'}): ${violation.help} ${violation.helpUrl}`);
    for (const node of violation.nodes) {
      lines.push(`    ${node.target}`);
      lines.push(`      ${node.html.replace(/\s+/g, ' ')}`);
      for (const line of node.summary.split('\n').filter(Boolean)) lines.push(`      ${line.trim()}`);
    }
  }
  return lines.join('\n');
}

/** Fails, listing every violation readably, unless the page meets WCAG 2 A and AA as axe checks it. */
export async function expectAccessible(page: Page, pageName: string, opts: { exceptions?: AxeException[] } = {}): Promise<void> {
  const violations = await axeViolations(page, opts);
  if (violations.length > 0) throw new Error(describeViolations(pageName, violations));
}
