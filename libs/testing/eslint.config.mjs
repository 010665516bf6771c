import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  // Test code through and through: it may import the test helpers anywhere.
  { rules: { 'no-restricted-imports': 'off' } },
];
