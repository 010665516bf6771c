module.exports = {
  displayName: 'web-server',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/web-server',
};
