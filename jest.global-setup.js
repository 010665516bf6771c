// Probes the real services the integration suites need (see libs/testing/src/lib/test-services.ts).
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
module.exports = async () => {
  const { probeTestServices } = require('./libs/testing/src/lib/test-services.ts');
  await probeTestServices(process.env);
};
