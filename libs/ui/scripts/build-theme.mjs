#!/usr/bin/env node
// Builds the platform's theme: libs/ui/src/theme/tokens.json (Design Tokens, DTCG format) →
// libs/ui/src/theme/theme.css, every token a custom property under `.bridge-theme`.
// Run it with `npx nx run ui:build-theme`; `--check` fails when the committed theme.css is stale
// (the ui spec theme-build.spec.ts does the same in the test run).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';

const themeDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'theme');
export const TOKENS_PATH = join(themeDir, 'tokens.json');
export const THEME_CSS_PATH = join(themeDir, 'theme.css');
export const SELECTOR = '.bridge-theme';

const HEADER = `/*
 * The platform's own theme, generated from tokens.json by libs/ui/scripts/build-theme.mjs
 * (npx nx run ui:build-theme). Do not edit by hand: change the tokens and rebuild.
 */
`;

/** The theme's CSS for the given token tree (default: tokens.json), built in memory. */
export async function buildThemeCss(tokens) {
  const tree = tokens ?? JSON.parse(await readFile(TOKENS_PATH, 'utf8'));
  const dictionary = new StyleDictionary({
    tokens: tree,
    usesDtcg: true,
    log: { verbosity: 'silent', warnings: 'disabled' },
    platforms: {
      css: {
        // Names from the token path (utrecht.button.color → --utrecht-button-color); values as
        // written, so sizes keep their units and clamp() stays clamp().
        transforms: ['attribute/cti', 'name/kebab', 'fontFamily/css'],
        files: [
          {
            destination: 'theme.css',
            format: 'css/variables',
            options: { selector: SELECTOR, outputReferences: true, showFileHeader: false },
          },
        ],
      },
    },
  });
  const [file] = await dictionary.formatPlatform('css');
  return HEADER + String(file.output);
}

async function main() {
  const css = await buildThemeCss();
  if (process.argv.includes('--check')) {
    const committed = await readFile(THEME_CSS_PATH, 'utf8').catch(() => '');
    if (committed !== css) {
      console.error(
        'libs/ui/src/theme/theme.css is stale: run `npx nx run ui:build-theme` and commit it.',
      );
      process.exit(1);
    }
    console.log('theme.css matches tokens.json');
    return;
  }
  await writeFile(THEME_CSS_PATH, css);
  console.log(`wrote ${THEME_CSS_PATH}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
