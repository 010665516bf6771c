// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildThemeCss, THEME_CSS_PATH } from '../../scripts/build-theme.mjs';

const read = (path: string | URL) => readFileSync(path, 'utf8');
const themeCss = read(THEME_CSS_PATH);
const frameCss = read(new URL('./frame.css', import.meta.url));
const componentCss = read(
  createRequire(import.meta.url).resolve('@utrecht/component-library-css/dist/index.css'),
);

/** Custom properties a stylesheet defines (`--x: …`) and reads (`var(--x`). */
const defined = (css: string) =>
  new Set([...css.matchAll(/^\s*(--[a-z0-9-]+)\s*:/gm)].map((m) => m[1]));
const read_ = (css: string) =>
  new Set([...css.matchAll(/var\(\s*(--[a-z0-9-]+)/g)].map((m) => m[1]));

describe('theme.css', () => {
  it('is what tokens.json builds to (run `npx nx run ui:build-theme` after changing tokens)', async () => {
    expect(await buildThemeCss()).toBe(themeCss);
  });

  it('puts every token under the .bridge-theme selector', () => {
    const selectors = themeCss
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('{')
      .slice(0, -1)
      .map((before) => before.split('}').pop()?.trim());
    expect(selectors).toEqual(['.bridge-theme']);
  });

  it('names only custom properties the design system components read (no misspelt token names)', () => {
    const readByComponents = read_(componentCss);
    const unknown = [...defined(themeCss)].filter(
      (name) => name.startsWith('--utrecht-') && !readByComponents.has(name),
    );
    expect(unknown).toEqual([]);
  });

  it('defines every --bridge- custom property the frame CSS uses', () => {
    const tokens = defined(themeCss);
    const missing = [...read_(frameCss)].filter(
      (name) => name.startsWith('--bridge-') && !tokens.has(name),
    );
    expect(missing).toEqual([]);
  });

  it('themes the components libs/ui draws', () => {
    const tokens = defined(themeCss);
    for (const name of [
      '--utrecht-document-font-family',
      '--utrecht-focus-outline-color',
      '--utrecht-focus-inverse-outline-color',
      '--utrecht-button-primary-action-background-color',
      '--utrecht-button-secondary-action-border-color',
      '--utrecht-button-subtle-color',
      '--utrecht-form-control-border-color',
      '--utrecht-form-field-error-message-color',
      '--utrecht-table-header-border-block-end-color',
      '--utrecht-alert-error-background-color',
      '--utrecht-status-badge-danger-color',
      '--utrecht-skip-link-background-color',
      '--utrecht-heading-1-font-size',
      '--utrecht-data-list-item-key-font-weight',
    ]) {
      expect(tokens, name).toContain(name);
    }
  });
});
