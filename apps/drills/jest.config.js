module.exports = {
  displayName: 'drills',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  // One platform (broker, Postgres, three services) serves the drills one after another.
  maxWorkers: 1,
  coverageDirectory: '../../coverage/apps/drills',
};
