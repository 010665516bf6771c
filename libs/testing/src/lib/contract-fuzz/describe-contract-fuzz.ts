import { writeFileSync } from 'node:fs';
import {
  failureLines,
  failuresByClass,
  FuzzSetup,
  fuzzSettings,
  FuzzTarget,
  runContractFuzz,
  summaryLine,
} from './runner';

/** A service's in-process test app, as `describeContractFuzz` boots and closes it. */
export interface FuzzableApp<Claims> extends FuzzTarget<Claims> {
  start(): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * The contract fuzz suite of one service: boots `makeApp()` (embedded database), lets `setup`
 * create the data the cases need, fuzzes every route of its OpenAPI document (see
 * `runContractFuzz`) and prints `fuzz <service>: <routes> routes, <cases> cases, <n> failures`.
 * It fails on any finding, listing each with what replays it. `FUZZ_REPORT=<file>` also writes
 * the whole report there as JSON.
 */
export function describeContractFuzz<Claims, App extends FuzzableApp<Claims>>(
  service: string,
  makeApp: () => App,
  setup: (app: App) => Promise<FuzzSetup<Claims>>,
): void {
  describe(`contract fuzz: ${service}`, () => {
    const app = makeApp();
    beforeAll(() => app.start(), 120_000);
    afterAll(() => app.close());

    it('answers generated bad and boundary input with a problem naming the field, never a 5xx, and writes nothing when it refuses', async () => {
      const settings = fuzzSettings();
      const started = Date.now();
      const fuzzSetup = await setup(app);
      const report = await runContractFuzz(service, app, fuzzSetup, settings);
      const perClass = JSON.stringify(failuresByClass(report));
      process.stdout.write(
        `${summaryLine(report)} (seed ${report.seed}, ${settings.path ? `replaying path ${settings.path}` : `${report.runs} per route`}, ${Math.round((Date.now() - started) / 1000)} s${report.failures.length ? `; failures per class ${perClass}` : ''})\n`,
      );
      if (fuzzSetup.auditLogs?.length || fuzzSetup.drainedQueues?.length)
        process.stdout.write(
          `fuzz ${service}: allowed on a refusal: audit entries in ${fuzzSetup.auditLogs?.join(', ') || '-'} (not on a 400); background draining of ${fuzzSetup.drainedQueues?.join(', ') || '-'}\n`,
        );
      if (report.guardedOnly.length)
        process.stdout.write(
          `fuzz ${service}: no caller passes the guard of ${report.guardedOnly.join(', ')}\n`,
        );
      const file = process.env['FUZZ_REPORT'];
      if (file) writeFileSync(file.replace('{service}', service), JSON.stringify(report, null, 2));
      // The lines themselves, so the failure shows each case and its replay.
      expect(failureLines(report)).toEqual([]);
    }, 900_000);
  });
}
