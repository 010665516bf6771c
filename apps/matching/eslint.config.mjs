import boundaries from 'eslint-plugin-boundaries';
import baseConfig from '../../eslint.config.mjs';

/**
 * The layers of src/app, bottom first (README, Layers). A layer imports its own layer and those below
 * it, never one above: a lower layer that must set off something above declares a port or lets the
 * upper module handle the same event. Inside a layer its modules may import each other (a covenant
 * re-queues its vacancies, a review makes a referral): they change together, and files form no cycle.
 */
const LAYERS = [
  'read-models',
  'match-rules',
  'search-indexes',
  'match-engine',
  'review',
  'insights',
  'algorithm',
];

export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts'],
    // Specs and the test fixture drive the whole service: they may import anything.
    ignores: ['**/*.spec.ts', 'src/app/testing/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts'] } },
      'boundaries/elements': [
        // matching's audit actions: every layer records them, and they import nothing of the app.
        { type: 'audit', pattern: 'src/app/audit' },
        ...LAYERS.map((layer) => ({ type: layer, pattern: `src/app/${layer}` })),
        { type: 'migrations', pattern: 'src/app/migrations' },
        { type: 'testing', pattern: 'src/app/testing' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // An import of a file outside every element (the root module, main.ts) is checked too, and so refused.
          checkUnknownLocals: true,
          policies: LAYERS.map((layer, index) => ({
            from: { element: { type: layer } },
            allow: {
              to: { element: { types: { anyOf: ['audit', ...LAYERS.slice(0, index + 1)] } } },
            },
          })),
        },
      ],
    },
  },
];
