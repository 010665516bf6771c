module.exports = {
  displayName: 'training',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/training',
};
