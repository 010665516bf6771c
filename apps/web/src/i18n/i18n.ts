import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Every text of the screens lives in message files: `src/i18n/messages/<lang>.json` (namespace
 * `common`) and `src/features/<feature>/messages/<lang>.json` (namespace `<feature>`). Dutch is
 * the language of the users; English is selectable and falls back to Dutch for a missing text.
 */
const files = import.meta.glob<Record<string, unknown>>(
  ['./messages/*.json', '../features/*/messages/*.json'],
  {
    eager: true,
    import: 'default',
  },
);

export function messageResources(): Resource {
  const resources: Resource = {};
  for (const [path, messages] of Object.entries(files)) {
    const match = /(?:features\/([^/]+)\/)?messages\/([a-z]{2})\.json$/.exec(path);
    if (!match) continue;
    const [, feature, language] = match;
    resources[language] ??= {};
    resources[language][feature ?? 'common'] = messages;
  }
  return resources;
}

export function initI18n(language: Language = 'nl') {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    resources: messageResources(),
    lng: language,
    fallbackLng: 'nl',
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (lng) => document.documentElement.setAttribute('lang', lng));
  return i18next;
}
