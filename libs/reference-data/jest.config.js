module.exports = {
  displayName: 'reference-data',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/reference-data',
};
