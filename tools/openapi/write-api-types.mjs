#!/usr/bin/env node
// Turns the services' OpenAPI documents (<dir>/<service>.json, written by
// `node dist/apps/embedded/main.js --export-openapi <dir>`) into the web's typed API client
// (libs/api-client/src/generated/<service>.ts). With --check it writes nothing and fails when a
// committed file differs from what the documents give: the services changed, the types did not.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dir = args.find((arg) => !arg.startsWith('--'));
if (!dir) {
  console.error(
    'usage: write-api-types.mjs [--check] <dir with matching.json, employers.json, training.json>',
  );
  process.exit(2);
}
const outDir = resolve(import.meta.dirname, '../../libs/api-client/src/generated');
const stale = [];
for (const service of ['matching', 'employers', 'training']) {
  const document = JSON.parse(readFileSync(join(dir, `${service}.json`), 'utf8'));
  const ast = await openapiTS(document, { alphabetize: true });
  const source =
    `// Generated from the ${service} service's OpenAPI document by tools/openapi/write-api-types.mjs.\n` +
    `// Do not edit: run \`npx nx run api-client:generate\`.\n\n` +
    astToString(ast);
  const file = join(outDir, `${service}.ts`);
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== source) stale.push(file);
  } else {
    writeFileSync(file, source);
    console.log(`wrote ${file}`);
  }
}
if (stale.length > 0) {
  console.error(
    `stale API types (the services' OpenAPI documents changed): ${stale.join(', ')}\nrun: npx nx run api-client:generate`,
  );
  process.exit(1);
}
if (check) console.log("API types match the services' OpenAPI documents");
