import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MATCH } from '@bridge/platform';
import { DEFAULT_MATCH_SETTINGS } from '../match-rules/match-settings';
import { describeAlgorithm } from './algorithm-description';
import {
  ALGORITHM_DOC_COMMAND,
  ALGORITHM_DOC_PATH,
  defaultAlgorithmMarkdown,
  renderAlgorithmMarkdown,
} from './algorithm-markdown';
import { REGISTER_LABELS } from './algorithm-register.text';
import { REGISTER_FIELDS } from './algorithm.view';

const REPOSITORY_ROOT = join(__dirname, '../../../../..');

describe('docs/algorithm.md', () => {
  it('is what the code renders with the default configuration, byte for byte', () => {
    const committed = readFileSync(join(REPOSITORY_ROOT, ALGORITHM_DOC_PATH), 'utf8');
    const rendered = defaultAlgorithmMarkdown();
    if (committed !== rendered) {
      const lines = committed.split('\n');
      const at = rendered.split('\n').findIndex((line, index) => line !== lines[index]);
      throw new Error(
        `${ALGORITHM_DOC_PATH} no longer matches the code (first difference at line ${at + 1}); ` +
          `regenerate it with \`${ALGORITHM_DOC_COMMAND}\` and commit the result`,
      );
    }
  });

  it('starts with a comment that says it is generated and how to regenerate it', () => {
    const [first] = defaultAlgorithmMarkdown().split('\n');
    expect(first).toMatch(/^<!-- Generated .* -->$/);
    expect(first).toContain(ALGORITHM_DOC_COMMAND);
  });
});

describe('renderAlgorithmMarkdown', () => {
  it('gives each register field a section under its Dutch label, in the register’s order', () => {
    const headings = defaultAlgorithmMarkdown()
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3));
    const labels = REGISTER_FIELDS.map((field) => REGISTER_LABELS[field]);
    expect(headings.filter((heading) => labels.includes(heading as never))).toEqual(labels);
  });

  it('shows the values it is given, not the defaults', () => {
    const markdown = renderAlgorithmMarkdown(
      describeAlgorithm(
        { ...DEFAULT_MATCH_SETTINGS, maxKm: 33 },
        { maxSuggestionsPerCandidate: 7, minScore: 0.25 },
      ),
    );
    expect(markdown).toContain('| `too-far` |');
    expect(markdown).toContain('maxKm = 33 km');
    expect(markdown).toContain(
      `| maxSuggestionsPerCandidate | 7 suggesties | ${DEFAULT_MATCH.maxSuggestionsPerCandidate} | MATCH_MAX_SUGGESTIONS_PER_CANDIDATE |`,
    );
    expect(markdown).toContain(
      `| minScore | 0.25 score (0..1) | ${DEFAULT_MATCH.minScore} | MATCH_MIN_SCORE |`,
    );
  });

  it('says which register fields come from the code and which are written by hand', () => {
    const algorithm = describeAlgorithm(DEFAULT_MATCH_SETTINGS, DEFAULT_MATCH);
    const note = renderAlgorithmMarkdown(algorithm).split('## Herkomst van de velden')[1];
    const [fromCode, byHand] = note.split('Met de hand geschreven');
    for (const field of algorithm.register)
      expect({ field: field.label, in: field.source === 'code' ? fromCode : byHand }).toEqual({
        field: field.label,
        in: expect.stringContaining(field.label),
      });
  });
});
