import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CERTIFICATE_REGISTERED, CERTIFICATE_REVOKED, createEnvelope } from '@bridge/contracts';
import { EventConsumer, toBusMessage } from '@bridge/messaging';
import type { RunningService } from '@bridge/service-runtime';
import { startTestService } from '@bridge/service-runtime/testing';
import { matchingService } from '../../matching.app-module';
import { CandidateCertificate } from './candidate-certificate.entity';

describe('certificates read model', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService('matching', matchingService);
  });
  afterAll(() => service?.close());

  const registered = (certificateId: string, candidateId: string) =>
    createEnvelope('training', {
      topic: CERTIFICATE_REGISTERED,
      key: certificateId,
      version: 1,
      payload: {
        certificateId,
        candidateId,
        piCode: 'PI-VUGHT',
        crebo: '25016',
        title: 'Machinaal houtbewerker',
        level: 2,
        sector: 'Afbouw, hout en onderhoud',
        issuedOn: '2026-10-01',
      },
    });
  const revoked = (certificateId: string, candidateId: string) =>
    createEnvelope('training', {
      topic: CERTIFICATE_REVOKED,
      key: certificateId,
      version: 2,
      payload: {
        certificateId,
        candidateId,
        crebo: '25016',
        revokedAt: '2026-11-01T10:00:00.000Z',
      },
    });
  const statusOf = async (certificateId: string) =>
    (
      await service.app
        .get(DataSource)
        .getRepository(CandidateCertificate)
        .findOneBy({ certificateId })
    )?.status;

  it('revokes a registered certificate', async () => {
    const [certificateId, candidateId] = [randomUUID(), randomUUID()];
    const consumer = service.app.get(EventConsumer);
    await consumer.handle(toBusMessage(registered(certificateId, candidateId)));
    expect(await statusOf(certificateId)).toBe('valid');
    await consumer.handle(toBusMessage(revoked(certificateId, candidateId)));
    expect(await statusOf(certificateId)).toBe('revoked');
  });

  it('keeps a certificate revoked when the revocation overtakes its registration', async () => {
    const [certificateId, candidateId] = [randomUUID(), randomUUID()];
    const consumer = service.app.get(EventConsumer);
    await consumer.handle(toBusMessage(revoked(certificateId, candidateId)));
    await consumer.handle(toBusMessage(registered(certificateId, candidateId)));
    expect(await statusOf(certificateId)).toBe('revoked');
  });
});
