module.exports = {
  displayName: 'search',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/search',
};
