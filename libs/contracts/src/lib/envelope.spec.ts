import {
  CANDIDATE_REGISTERED,
  CANDIDATE_TRANSFERRED,
  CERTIFICATE_REGISTERED,
  REFERRAL_CREATED,
  EventValidationError,
  createEnvelope,
  deadLetterTopic,
  parseEnvelope,
  parsePayload,
} from '../index';
import { TOPICS, CONSUMED_TOPICS } from './topics';

const certificate = {
  certificateId: 'c-1',
  candidateId: 'cand-1',
  piCode: 'PI-VUGHT',
  crebo: '25252',
  title: 'Basismedewerker bakkerij',
  level: 2,
  sector: 'voeding',
  issuedOn: '2026-10-01',
};

describe('event envelope', () => {
  it('builds a validated envelope with id, time, producer, key and aggregate version', () => {
    const envelope = createEnvelope('training', {
      topic: CERTIFICATE_REGISTERED,
      key: 'c-1',
      version: 1,
      payload: certificate,
    });
    expect(envelope).toMatchObject({
      type: CERTIFICATE_REGISTERED,
      producer: 'training',
      key: 'c-1',
      version: 1,
    });
    expect(envelope.eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(envelope.payload.workProcesses).toEqual([]);
    expect(parseEnvelope(JSON.parse(JSON.stringify(envelope)))).toEqual(envelope);
  });

  it('refuses to publish a payload that breaks its schema, naming the field', () => {
    expect(() =>
      createEnvelope('training', {
        topic: CERTIFICATE_REGISTERED,
        key: 'c-1',
        version: 1,
        payload: { ...certificate, crebo: '123' },
      }),
    ).toThrow(/payload\.crebo/);
  });

  it('rejects on consume: unknown topic, bad envelope fields, bad payload', () => {
    const good = createEnvelope('matching', {
      topic: CANDIDATE_REGISTERED,
      key: 'cand-1',
      version: 1,
      payload: {
        candidateId: 'cand-1',
        piCode: 'PI-VUGHT',
        expectedReleaseDate: '2027-01-10',
        returnMunicipalityCode: 'GM0363',
        regionCode: 'AM27',
        status: 'active',
      },
    });
    expect(() => parseEnvelope({ ...good, type: 'matching.candidate.deleted.v1' })).toThrow(
      EventValidationError,
    );
    expect(() => parseEnvelope({ ...good, version: 0 })).toThrow(/version/);
    expect(() => parseEnvelope({ ...good, payload: { ...good.payload, regionCode: 'X' } })).toThrow(
      /payload\.regionCode/,
    );
    expect(() => parseEnvelope('not an object')).toThrow(EventValidationError);
  });

  it('strips fields a payload schema does not know, so readers see only the contract', () => {
    const envelope = createEnvelope('training', {
      topic: CERTIFICATE_REGISTERED,
      key: 'c-1',
      version: 2,
      payload: { ...certificate, djiNumber: '123456789' } as typeof certificate,
    });
    expect(envelope.payload).not.toHaveProperty('djiNumber');
  });

  it('requires a vacancy referral to name its employer', () => {
    expect(() =>
      createEnvelope('matching', {
        topic: REFERRAL_CREATED,
        key: 'r-1',
        version: 1,
        payload: {
          referralId: 'r-1',
          targetId: 'v-1',
          targetType: 'vacancy',
          brin: '25LX',
          regionCode: 'AM27',
          availableFrom: '2027-01-10',
          certificates: [],
        },
      }),
    ).toThrow(/employerId/);
  });

  it('carries a transfer as the candidate state plus the PI it came from, never more', () => {
    const state = {
      candidateId: '9b3c1f0e-2a7d-4c58-8e61-0d4f7a2b9c13',
      piCode: 'PI-ZWOLLE',
      expectedReleaseDate: '2027-03-01',
      returnMunicipalityCode: 'GM0193',
      regionCode: 'AM36',
      status: 'active',
    };
    expect(parsePayload(CANDIDATE_TRANSFERRED, { ...state, fromPiCode: 'PI-VUGHT' })).toEqual({
      ...state,
      fromPiCode: 'PI-VUGHT',
    });
    expect(() => parsePayload(CANDIDATE_TRANSFERRED, state)).toThrow(/fromPiCode/);
  });

  it('names every topic of the event catalogue once, versioned, with a dead-letter topic beside it', () => {
    // The catalogue is docs/architecture.md, section 2: the 19 topics of the first design and
    // matching.candidate.transferred.v1 (a transfer between PI's), and the placement follow-ups of
    // employers and training (issue 11).
    expect(TOPICS).toHaveLength(22);
    expect(TOPICS).toContain(CANDIDATE_TRANSFERRED);
    expect(new Set(TOPICS).size).toBe(TOPICS.length);
    for (const topic of TOPICS)
      expect(topic).toMatch(/^(training|employers|matching)\.[a-z-]+\.[a-z-]+\.v\d+$/);
    expect(deadLetterTopic(CERTIFICATE_REGISTERED)).toBe('training.certificate.registered.v1.dlq');
    for (const [service, topics] of Object.entries(CONSUMED_TOPICS)) {
      for (const topic of topics) expect(topic.startsWith(`${service}.`)).toBe(false);
    }
  });
});
