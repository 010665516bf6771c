module.exports = {
  displayName: 'drills',
  preset: '../../jest.preset.js',
  // One platform (broker, Postgres, three services) serves the drills one after another.
  maxWorkers: 1,
  coverageDirectory: '../../coverage/apps/drills',
};
