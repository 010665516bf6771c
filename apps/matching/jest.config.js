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
  // once the other projects are done (alone on the 2-core machine: 6.3 minutes; with one worker 9 to 13, by what ran beside it).
  maxWorkers: 2,
};
