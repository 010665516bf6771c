module.exports = {
  displayName: 'services-e2e',
  preset: '../../jest.preset.js',
  // Each suite runs a broker and three service processes of its own: one at a time on two cores.
  maxWorkers: 1,
  coverageDirectory: '../../coverage/apps/services-e2e',
};
