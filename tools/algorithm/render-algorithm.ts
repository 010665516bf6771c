// Writes docs/algorithm.md from the matching service's own definitions, with the default configuration.
// Run through `npx nx run matching:algorithm-doc`; algorithm-markdown.spec.ts fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALGORITHM_DOC_PATH,
  defaultAlgorithmMarkdown,
} from '../../apps/matching/src/app/algorithm/algorithm-markdown';

const file = join(__dirname, '../..', ALGORITHM_DOC_PATH);
writeFileSync(file, defaultAlgorithmMarkdown());
console.log(`wrote ${ALGORITHM_DOC_PATH}`);
