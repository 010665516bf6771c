module.exports = {
  displayName: 'matching',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/matching',
};
