// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * WCAG 2.1 AA contrast of the theme, computed from the tokens themselves: a token change that
 * breaks AA fails here. Text needs 4.5:1 (1.4.3); boundaries of controls and focus indicators
 * 3:1 against what is next to them (1.4.11).
 */
type TokenTree = { [key: string]: TokenTree | string | number | undefined } & { $value?: unknown };
const tokens = JSON.parse(
  readFileSync(new URL('./tokens.json', import.meta.url), 'utf8'),
) as TokenTree;

function lookup(path: string): unknown {
  let node: unknown = tokens;
  for (const part of path.split('.')) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  if (!node || typeof node !== 'object' || !('$value' in node)) throw new Error(`no token ${path}`);
  return (node as { $value: unknown }).$value;
}

/** A colour token's value with its references followed, e.g. {bridge.color.primary} → #154273. */
export function resolveColor(path: string, seen: string[] = []): string {
  if (seen.includes(path)) throw new Error(`reference loop: ${[...seen, path].join(' → ')}`);
  const value = lookup(path);
  if (typeof value !== 'string') throw new Error(`${path} is not a colour`);
  const reference = /^\{(.+)\}$/.exec(value);
  return reference ? resolveColor(reference[1], [...seen, path]) : value;
}

function channels(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (!hex) throw new Error(`not a #rrggbb colour: ${color}`);
  return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
}

/** Relative luminance as WCAG 2.1 defines it. */
export function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const PAGE = 'utrecht.document.background-color';
/** A transparent background shows the page under it. */
const background = (path: string) => {
  const value = resolveColor(path);
  return value === 'transparent' ? resolveColor(PAGE) : value;
};

const TEXT: [label: string, foreground: string, backgroundPath: string][] = [
  ['document text', 'utrecht.document.color', PAGE],
  ['headings', 'utrecht.heading.color', PAGE],
  ['lead paragraph', 'utrecht.paragraph.lead.color', PAGE],
  ['small paragraph', 'utrecht.paragraph.small.color', PAGE],
  ['link', 'utrecht.link.color', PAGE],
  ['link (hover)', 'utrecht.link.hover-color', PAGE],
  ['link (visited)', 'utrecht.link.visited-color', PAGE],
  ['form label', 'utrecht.form-label.color', PAGE],
  ['field description', 'utrecht.form-field-description.color', PAGE],
  ['field error message', 'utrecht.form-field-error-message.color', PAGE],
  ['text in a field', 'utrecht.form-control.color', 'utrecht.form-control.background-color'],
  [
    'placeholder in a field',
    'utrecht.form-control.placeholder-color',
    'utrecht.form-control.background-color',
  ],
  ['legend', 'utrecht.form-fieldset.legend.color', PAGE],
  ['table caption', 'utrecht.table.caption.color', PAGE],
  ['table header', 'utrecht.table.header.color', 'utrecht.table.header.background-color'],
  ['skip link', 'utrecht.skip-link.color', 'utrecht.skip-link.background-color'],
  ['header text', 'bridge.header.color', 'bridge.header.background-color'],
  ['application name', 'bridge.header.app-name-color', 'bridge.header.background-color'],
  ['menu link on the menu band', 'bridge.menu.color', 'bridge.menu.background-color'],
  ['menu link (hover)', 'bridge.menu.color', 'bridge.menu.hover-background-color'],
  ['current menu link', 'bridge.menu.current-color', 'bridge.menu.current-background-color'],
  ['language option', 'bridge.language.color', 'bridge.language.background-color'],
  [
    'language option (chosen)',
    'bridge.language.pressed-color',
    'bridge.language.pressed-background-color',
  ],
  ['footer', 'bridge.footer.color', 'bridge.footer.background-color'],
  ['empty state', 'bridge.empty-state.color', 'bridge.empty-state.background-color'],
  ['secondary text', 'bridge.color.text-secondary', PAGE],
  ...(['primary-action', 'secondary-action', 'subtle'] as const).flatMap((appearance) =>
    (['', 'hover-', 'active-', 'focus-'] as const).map((state): [string, string, string] => [
      `${appearance} button${state ? ` (${state.slice(0, -1)})` : ''}`,
      `utrecht.button.${appearance}.${state}color`,
      `utrecht.button.${appearance}.${state}background-color`,
    ]),
  ),
  ...(['neutral', 'safe', 'warning', 'danger'] as const).map((tone): [string, string, string] => [
    `${tone} badge`,
    `utrecht.status-badge.${tone}.color`,
    `utrecht.status-badge.${tone}.background-color`,
  ]),
  ['info badge', 'bridge.badge.info.color', 'bridge.badge.info.background-color'],
  ...(['info', 'ok', 'warning', 'error'] as const).map((type): [string, string, string] => [
    `${type} alert`,
    `utrecht.alert.${type}.color`,
    `utrecht.alert.${type}.background-color`,
  ]),
];

const NON_TEXT: [label: string, foreground: string, backgroundPath: string][] = [
  ['focus ring on the page', 'utrecht.focus.outline-color', PAGE],
  [
    'focus ring (inner) on the menu band',
    'utrecht.focus.inverse-outline-color',
    'bridge.menu.background-color',
  ],
  [
    'focus ring (inner) on the current menu item',
    'utrecht.focus.inverse-outline-color',
    'bridge.menu.current-background-color',
  ],
  [
    'focus ring (inner) on a primary button',
    'utrecht.focus.inverse-outline-color',
    'utrecht.button.primary-action.background-color',
  ],
  [
    'focus ring (inner) on the skip link',
    'utrecht.focus.inverse-outline-color',
    'utrecht.skip-link.background-color',
  ],
  ['field border', 'utrecht.form-control.border-color', PAGE],
  ['field border (invalid)', 'utrecht.form-control.invalid-border-color', PAGE],
  ['field border (focus)', 'utrecht.form-control.focus-border-color', PAGE],
  ['checkbox border', 'utrecht.checkbox.border-color', PAGE],
  ['checked checkbox', 'utrecht.checkbox.checked-background-color', PAGE],
  ['secondary button border', 'utrecht.button.secondary-action.border-color', PAGE],
  ['primary button surface', 'utrecht.button.primary-action.background-color', PAGE],
  [
    'bar under the current menu item',
    'bridge.menu.current-border-color',
    'bridge.menu.current-background-color',
  ],
  ['language switch border', 'bridge.language.border-color', 'bridge.header.background-color'],
  ['invalid field marker', 'utrecht.form-field.invalid-border-inline-start-color', PAGE],
];

describe('theme contrast (WCAG 2.1 AA)', () => {
  it('computes the WCAG ratio (black on white is 21:1, #767676 on white 4.54:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it.each(TEXT)('text: %s is at least 4.5:1', (_label, foreground, backgroundPath) => {
    expect(contrast(resolveColor(foreground), background(backgroundPath))).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it.each(NON_TEXT)('non-text: %s is at least 3:1', (_label, foreground, backgroundPath) => {
    expect(contrast(resolveColor(foreground), background(backgroundPath))).toBeGreaterThanOrEqual(
      3,
    );
  });
});
