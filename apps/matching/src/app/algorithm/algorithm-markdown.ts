import { loadServiceConfig } from '@bridge/platform';
import { DEFAULT_MATCH_SETTINGS } from '../match-rules/match-settings';
import { describeAlgorithm } from './algorithm-description';
import type {
  AlgorithmView,
  DataFieldView,
  RegisterField,
  RegisterFieldView,
  RuleParameterView,
  SharedFieldView,
} from './algorithm.view';

/** The command that writes docs/algorithm.md; the test that compares the two names it. */
export const ALGORITHM_DOC_COMMAND = 'npx nx run matching:algorithm-doc';
export const ALGORITHM_DOC_PATH = 'docs/algorithm.md';

/** The description with the configuration a service gets without settings: what docs/algorithm.md shows. */
export function defaultAlgorithmMarkdown(): string {
  return renderAlgorithmMarkdown(
    describeAlgorithm(DEFAULT_MATCH_SETTINGS, loadServiceConfig('matching', {}).match),
  );
}

/** docs/algorithm.md from the description: the register's fields in its order, with the generated parts in tables. */
export function renderAlgorithmMarkdown(algorithm: AlgorithmView): string {
  const field = (name: RegisterField): RegisterFieldView => {
    const found = algorithm.register.find((item) => item.field === name);
    if (!found) throw new Error(`the description has no register field ${name}`);
    return found;
  };
  const section = (name: RegisterField, ...parts: string[]) => {
    const { label, text } = field(name);
    return [`## ${label}`, text, ...parts].join('\n\n');
  };
  const code = (value: string) => `\`${value}\``;
  const codes = (values: string[]) => (values.length ? values.map(code).join(', ') : '—');

  const hardRules = table(
    ['#', 'regel', 'omschrijving', 'kandidaatgegevens', 'gegevens van de plek', 'parameters'],
    algorithm.hardRules.map((rule) => [
      String(rule.number),
      code(rule.rule),
      rule.nl,
      codes(rule.candidateData),
      codes(rule.targetData),
      parameters(rule.parameters),
    ]),
  );
  const scoreFactors = table(
    [
      'factor',
      'gewicht',
      'omschrijving',
      'kandidaatgegevens',
      'gegevens van de plek',
      'parameters',
    ],
    algorithm.scoreFactors.map((factor) => [
      code(factor.factor),
      String(factor.weight),
      factor.nl,
      codes(factor.candidateData),
      codes(factor.targetData),
      parameters(factor.parameters),
    ]),
  );
  const dataUsed = (subject: DataFieldView['subject']) =>
    table(
      ['veld', 'omschrijving', 'gelezen door'],
      algorithm.dataUsed
        .filter((item) => item.subject === subject)
        .map((item) => [code(item.field), item.nl, codes(item.usedBy)]),
    );
  const shared = (fields: SharedFieldView[]) =>
    table(
      ['veld', 'inhoud'],
      fields.map((item) => [code(item.field), item.nl]),
    );
  const { humanDecision, dataLeaving } = algorithm;
  const fromCode = algorithm.register.filter((item) => item.source === 'code');
  const byHand = algorithm.register.filter((item) => item.source === 'hand');

  return (
    [
      `<!-- Generated from the code (apps/matching/src/app/algorithm/) by tools/algorithm/render-algorithm.ts. Do not edit: run \`${ALGORITHM_DOC_COMMAND}\`. A test fails when this file and the code disagree. -->`,
      `# Algoritmebeschrijving: ${field('name').text}`,
      `Deze beschrijving volgt de velden van het Nederlandse algoritmeregister. Zij is gegenereerd uit de definities in de code (regelversie ${algorithm.rulesVersion}, standaardconfiguratie); de draaiende matchingdienst geeft dezelfde beschrijving met de waarden waarmee zij draait als JSON op ${code('GET /algorithm')} (voor elke ingelogde rol). Hoe matching beslist staat uitgebreider in [design.md](design.md#how-matching-works).`,
      section('name'),
      section('organisation'),
      section('goalAndImpact'),
      section('proportionality'),
      section(
        'decisionProcess',
        '### Harde regels',
        'Een plek wordt alleen voorgesteld als zij elke regel doorstaat, in deze volgorde; een uitsluiting noemt de eerste regel die faalt.',
        hardRules,
        '### Score',
        'Een plek die alle regels doorstaat krijgt een score tussen 0 en 1: de gewogen som van deze factoren, elk tussen 0 en 1.',
        scoreFactors,
        '### Begrenzing',
        algorithm.bound.nl,
        parameterTable(algorithm.bound.parameters),
        '### Het besluit van de adviseur',
        table(
          ['redencode', 'betekenis'],
          humanDecision.rejectionReasons.map((reason) => [code(reason.code), reason.nl]),
        ),
      ),
      section('riskManagement'),
      section('legalBasis'),
      section(
        'dataSources',
        '### Gegevens van de kandidaat',
        dataUsed('candidate'),
        '### Gegevens van de plek',
        dataUsed('target'),
        '### Nooit gebruikt',
        table(
          ['gegeven', 'hoe het buiten blijft'],
          algorithm.dataNeverUsed.map((item) => [item.data, item.how]),
        ),
        '### Hoe gegevens het platform verlaten',
        dataLeaving.nl,
        'Wat de werkgever of school van een verwijzing ziet:',
        shared(dataLeaving.referralFields),
        `Wat het event ${code(dataLeaving.eventTopic)} naar de dienst van de werkgever of school brengt:`,
        shared(dataLeaving.eventFields),
        '### Bewaartermijnen',
        table(
          ['gegevens', 'termijn'],
          algorithm.retention.map((item) => [item.data, item.period]),
        ),
      ),
      section(
        'sourceLinks',
        algorithm.links
          .map((link) => `- ${link.label}: [${link.path}](../${link.path})`)
          .join('\n'),
      ),
      '## Herkomst van de velden',
      `Uit de code gegenereerd: ${fromCode.map((item) => item.label).join(', ')}, en de tabellen met de harde regels, de score, de begrenzing, de redencodes, de gegevens en wat een verwijzing toont. Met de hand geschreven (in ${code('apps/matching/src/app/algorithm/algorithm-register.text.ts')}): ${byHand.map((item) => item.label).join(', ')}. In de JSON zegt ${code('source')} per veld welke van de twee het is.`,
    ].join('\n\n') + '\n'
  );
}

function parameters(values: RuleParameterView[]): string {
  return values.length
    ? values
        .map((p) => `${p.name} = ${p.value} ${p.unit}${p.setting ? ` (${p.setting})` : ''}`)
        .join('; ')
    : '—';
}

function parameterTable(values: RuleParameterView[]): string {
  return table(
    ['parameter', 'waarde', 'standaard', 'instelling'],
    values.map((p) => [
      p.name,
      `${p.value} ${p.unit}`,
      String(p.default),
      p.setting ?? 'vast in de code',
    ]),
  );
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
