import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CERTIFICATE_REGISTERED, CERTIFICATE_REVOKED, EventEnvelope } from '@bridge/contracts';
import { isNewer } from '@bridge/database';
import { HandlesEvent } from '@bridge/messaging';
import { enqueueChange } from '../change-queues/changes';
import { CandidateCertificate } from './candidate-certificate.entity';

/** Keeps the certificates candidates hold, from training's events. */
@Injectable()
export class CertificateEventsHandler {
  @HandlesEvent(CERTIFICATE_REGISTERED)
  async onRegistered(event: EventEnvelope<typeof CERTIFICATE_REGISTERED>, manager: EntityManager) {
    const { payload } = event;
    const existing = await manager.findOneBy(CandidateCertificate, {
      certificateId: payload.certificateId,
    });
    if (!isNewer(existing, event.version)) return;
    await manager.save(CandidateCertificate, {
      certificateId: payload.certificateId,
      candidateId: payload.candidateId,
      crebo: payload.crebo,
      title: payload.title,
      level: payload.level,
      sector: payload.sector,
      issuedOn: payload.issuedOn,
      status: 'valid',
      version: event.version,
    });
    await this.candidateChanged(manager, payload.candidateId);
  }

  @HandlesEvent(CERTIFICATE_REVOKED)
  async onRevoked(event: EventEnvelope<typeof CERTIFICATE_REVOKED>, manager: EntityManager) {
    const { payload } = event;
    const existing = await manager.findOneBy(CandidateCertificate, {
      certificateId: payload.certificateId,
    });
    if (!isNewer(existing, event.version)) return;
    if (existing) {
      await manager.update(
        CandidateCertificate,
        { certificateId: existing.certificateId },
        { status: 'revoked', version: event.version },
      );
    } else {
      // The two events travel on different topics, so the revocation can overtake the registration:
      // keep a revoked tombstone, and the older registration will not bring the certificate back.
      await manager.insert(CandidateCertificate, {
        certificateId: payload.certificateId,
        candidateId: payload.candidateId,
        crebo: payload.crebo,
        title: '',
        level: 0,
        sector: '',
        issuedOn: payload.revokedAt.slice(0, 10),
        status: 'revoked',
        version: event.version,
      });
    }
    await this.candidateChanged(manager, payload.candidateId);
  }

  private async candidateChanged(manager: EntityManager, candidateId: string) {
    await enqueueChange(manager, 'candidates', 'candidate', [candidateId]);
  }
}
