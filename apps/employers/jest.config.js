module.exports = {
  displayName: 'employers',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/employers',
};
