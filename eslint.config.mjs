import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/vite.config.*.timestamp*',
      '**/vitest.config.*.timestamp*',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [
            '^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$',
            '^.*/tools/webpack/nest-app\\.webpack$',
          ],
          depConstraints: [
            // Each service sees only its own code and the shared libraries; services are coupled
            // through libs/contracts (events) and nothing else.
            {
              sourceTag: 'scope:matching',
              onlyDependOnLibsWithTags: ['scope:matching', 'scope:shared'],
            },
            {
              sourceTag: 'scope:employers',
              onlyDependOnLibsWithTags: ['scope:employers', 'scope:shared'],
            },
            {
              sourceTag: 'scope:training',
              onlyDependOnLibsWithTags: ['scope:training', 'scope:shared'],
            },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
            },
            // The web application sees its own UI and API client libraries and the shared reference data.
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:api-client', onlyDependOnLibsWithTags: [] },
            // The embedded launcher composes the three services in one process (npm start).
            {
              sourceTag: 'scope:embedded',
              onlyDependOnLibsWithTags: [
                'scope:matching',
                'scope:employers',
                'scope:training',
                'scope:shared',
              ],
            },
            // The fault drills run the built services as processes: they see the shared libraries only.
            {
              sourceTag: 'scope:drills',
              onlyDependOnLibsWithTags: ['scope:shared'],
            },
            // The fresh-cluster suites run the built services as processes against a broker of their own: shared libraries only.
            {
              sourceTag: 'scope:services-e2e',
              onlyDependOnLibsWithTags: ['scope:shared'],
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:reference-data', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:infrastructure',
              onlyDependOnLibsWithTags: [
                'type:infrastructure',
                'type:contracts',
                'type:reference-data',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:infrastructure', 'type:contracts', 'type:testing'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:ui',
                'type:api-client',
                'type:infrastructure',
                'type:contracts',
                'type:reference-data',
                'type:testing',
              ],
            },
          ],
        },
      ],
    },
  },
  // Test helpers (libs/testing: test databases, the fuzzer, service processes, own brokers and
  // Postgres servers) never reach production code: in a production project only specs and its
  // test-only entries may import them. The e2e suites and libs/testing turn this off.
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.spec.ts', '**/*.spec.tsx', '**/testing/**', '**/testing.ts', '**/test-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@bridge/testing',
              message:
                'Test helpers: import them from specs and test-only entries (testing.ts, testing/) only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/*.ts',
      '**/*.tsx',
      '**/*.cts',
      '**/*.mts',
      '**/*.js',
      '**/*.jsx',
      '**/*.cjs',
      '**/*.mjs',
    ],
    // Override or add rules here
    rules: {},
  },
];
