import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { DEFAULT_MATCH } from '@bridge/platform';
import { EXCLUSION_RULES } from '../match-rules/match-rules';
import {
  DEFAULT_MATCH_SETTINGS,
  MATCH_RULES_VERSION,
  WEIGHTS,
} from '../match-rules/match-settings';
import { Candidate } from '../read-models/candidates/candidate.entity';
import { ReferralView } from '../review/referrals/referral.view';
import {
  REJECTION_REASON_CODES,
  REVIEW_DECISIONS,
} from '../review/suggestions/dto/review-suggestion.dto';
import { describeAlgorithm } from './algorithm-description';
import { REGISTER_FIELDS } from './algorithm.view';

const REPOSITORY_ROOT = join(__dirname, '../../../../..');
const algorithm = describeAlgorithm(DEFAULT_MATCH_SETTINGS, DEFAULT_MATCH);

describe('describeAlgorithm', () => {
  it('gives every register field, in the register’s order, marked as from code or by hand', () => {
    expect(algorithm.register.map((field) => field.field)).toEqual([...REGISTER_FIELDS]);
    for (const field of algorithm.register) {
      expect(['code', 'hand']).toContain(field.source);
      expect(field.text.trim()).not.toBe('');
    }
  });

  it('describes every hard rule of EXCLUSION_RULES, in the order they are applied', () => {
    expect(algorithm.hardRules.map((rule) => rule.rule)).toEqual([...EXCLUSION_RULES]);
    const numbers = algorithm.hardRules.map((rule) => rule.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const rule of algorithm.hardRules) {
      expect(rule.nl).not.toBe('');
      expect(rule.en).not.toBe('');
    }
  });

  it('gives each score factor its weight from WEIGHTS, and the rules version', () => {
    expect(
      Object.fromEntries(algorithm.scoreFactors.map((factor) => [factor.factor, factor.weight])),
    ).toEqual(WEIGHTS);
    expect(algorithm.rulesVersion).toBe(MATCH_RULES_VERSION);
  });

  it('fills in the settings and the bound it is given, beside their defaults', () => {
    const described = describeAlgorithm(
      { ...DEFAULT_MATCH_SETTINGS, maxKm: 33, startWindow: { daysBefore: 7, daysAfter: 60 } },
      { maxSuggestionsPerCandidate: 5, minScore: 0.4 },
    );
    const tooFar = described.hardRules.find((rule) => rule.rule === 'too-far');
    expect(tooFar?.parameters).toEqual([
      {
        name: 'maxKm',
        value: 33,
        default: DEFAULT_MATCH_SETTINGS.maxKm,
        unit: 'km',
        setting: null,
      },
    ]);
    expect(tooFar?.nl).toContain('33 km');
    const window = described.hardRules.find((rule) => rule.rule === 'start-date-outside-window');
    expect(window?.parameters.map((p) => [p.name, p.value])).toEqual([
      ['startWindow.daysBefore', 7],
      ['startWindow.daysAfter', 60],
    ]);
    expect(described.bound.parameters.map((p) => [p.setting, p.value, p.default])).toEqual([
      ['MATCH_MAX_SUGGESTIONS_PER_CANDIDATE', 5, DEFAULT_MATCH.maxSuggestionsPerCandidate],
      ['MATCH_MIN_SCORE', 0.4, DEFAULT_MATCH.minScore],
    ]);
    expect(described.register.find((field) => field.field === 'decisionProcess')?.text).toContain(
      'hoogstens 5 open suggesties',
    );
  });

  it('lists the data each rule and factor reads, and every candidate field but the pseudonym is read', () => {
    const candidateFields = algorithm.dataUsed.filter((item) => item.subject === 'candidate');
    for (const part of [...algorithm.hardRules, ...algorithm.scoreFactors]) {
      for (const field of part.candidateData)
        expect(candidateFields.map((item) => item.field)).toContain(field);
    }
    expect(
      candidateFields.filter((item) => item.usedBy.length === 0).map((item) => item.field),
    ).toEqual(['id']);
  });

  it('names the data never used, and the candidate table has no column for it', () => {
    expect(algorithm.dataNeverUsed.map((item) => item.data)).toEqual(
      expect.arrayContaining(['naam', 'BSN', 'gegevens over het delict of de straf']),
    );
    const columns = getMetadataArgsStorage()
      .filterColumns(Candidate)
      .map((column) => column.options.name ?? column.propertyName);
    expect(
      columns.filter((column) => /name|bsn|offen|delict|crime|convict|sentence/i.test(column)),
    ).toEqual([]);
    const dji = algorithm.dataNeverUsed.find((item) => item.source === 'code');
    expect(dji?.how).toContain('dji_number_hash');
  });

  it('takes the advisor’s decisions and reason codes from the review DTO', () => {
    expect(algorithm.humanDecision.decisions).toEqual([...REVIEW_DECISIONS]);
    expect(algorithm.humanDecision.rejectionReasons.map((reason) => reason.code)).toEqual([
      ...REJECTION_REASON_CODES,
    ]);
    expect(REJECTION_REASON_CODES).toContain(algorithm.humanDecision.noteRequiredFor);
  });

  it('shows every field of the referral the employer or school sees, and never a candidate id', () => {
    const documented: string[] = Reflect.getMetadata(
      'swagger/apiModelPropertiesArray',
      ReferralView.prototype,
    );
    expect(algorithm.dataLeaving.referralFields.map((item) => `:${item.field}`)).toEqual(
      documented,
    );
    const leaving = [...algorithm.dataLeaving.referralFields, ...algorithm.dataLeaving.eventFields];
    expect(leaving.map((item) => item.field)).not.toContain('candidateId');
  });

  it('links to source files that exist', () => {
    for (const link of algorithm.links)
      expect({ path: link.path, exists: existsSync(join(REPOSITORY_ROOT, link.path)) }).toEqual({
        path: link.path,
        exists: true,
      });
  });
});
