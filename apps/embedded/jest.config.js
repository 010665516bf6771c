module.exports = {
  displayName: 'embedded',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/embedded',
};
