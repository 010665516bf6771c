// The one webpack setup of every Nest app: a Node bundle of the app and the libs it imports
// (tsconfig paths), with node_modules left external.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = function nestAppWebpackConfig(appDir, appName) {
  return {
    output: {
      path: join(__dirname, '../../dist/apps', appName),
      clean: true,
      ...(process.env.NODE_ENV !== 'production' && {
        devtoolModuleFilenameTemplate: '[absolute-resource-path]',
      }),
    },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: join(appDir, 'src/main.ts'),
        tsConfig: join(appDir, 'tsconfig.app.json'),
        assets: [],
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: true,
        sourceMap: true,
      }),
    ],
  };
};
