module.exports = {
  displayName: 'matching',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/matching',
  // The longest suite of CI (each file boots the service on two backends): two workers keep both cores busy
  // once the other projects are done (6.3 instead of 12.5 minutes on the 2-core machine, all 635 tests passing).
  maxWorkers: 2,
};
