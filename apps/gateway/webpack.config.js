const nestAppWebpackConfig = require('../../tools/webpack/nest-app.webpack');

module.exports = nestAppWebpackConfig(__dirname, 'gateway');
