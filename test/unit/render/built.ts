/**
 * The HTML renderer imports a generated module (lambdas/render/generated/, built by `npm run build:templates`).
 * `npm test` builds it in pretest; this helper also builds it when a test runs through `npx vitest` on a fresh
 * clone or after the template changed, then loads the render modules.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { compileTemplates, GENERATED_DIR, TEMPLATES_DIR } from '../../../scripts/compile-templates.js';

async function mtime(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return null;
  }
}

export async function ensureTemplateBuilt(): Promise<void> {
  const built = await mtime(path.join(GENERATED_DIR, 'digest-template.js'));
  const source = await mtime(path.join(TEMPLATES_DIR, 'digest.mjml'));
  if (built === null || (source !== null && source > built)) await compileTemplates();
}

export async function loadRender() {
  await ensureTemplateBuilt();
  const [index, html, text, budget] = await Promise.all([
    import('../../../lambdas/render/index.js'),
    import('../../../lambdas/render/html.js'),
    import('../../../lambdas/render/text.js'),
    import('../../../lambdas/render/budget.js'),
  ]);
  return { ...index, ...html, ...text, ...budget };
}
