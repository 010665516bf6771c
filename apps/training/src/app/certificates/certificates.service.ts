import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '@bridge/database';
import { Outbox } from '@bridge/messaging';
import {
  AuditService,
  ConflictProblem,
  IdempotencyService,
  IdempotentRequest,
  isCalendarDate,
  isUuid,
  KeysetColumn,
  NotFoundProblem,
  Page,
  paginate,
  Principal,
  ReferenceCheck,
} from '@bridge/platform';
import { Qualification } from '@bridge/reference-data';
import { Candidate } from '../candidates/candidate.entity';
import { CandidatesService, candidateVisibleTo } from '../candidates/candidates.service';
import { TrainingAuditAction } from '../common/training-audit-action';
import { WorkshopsService } from '../workshops/workshops.service';
import { Certificate } from './certificate.entity';
import { certificateRegistered, certificateRevoked } from './certificate.events';
import { CertificateView } from './certificate.view';
import { ListCertificatesQuery } from './dto/list-certificates.query';
import { RegisterCertificateDto } from './dto/register-certificate.dto';
import { RevokeCertificateDto } from './dto/revoke-certificate.dto';

/** Newest issue date first, then id (descending): the order of certificate lists. */
const NEWEST_ISSUED_FIRST: KeysetColumn<Certificate>[] = [
  {
    name: 'issuedOn',
    expression: 'c.issuedOn',
    direction: 'DESC',
    valueOf: (c) => c.issuedOn,
    accepts: isCalendarDate,
  },
  {
    name: 'id',
    expression: 'c.id',
    direction: 'DESC',
    valueOf: (c) => c.id,
    accepts: isUuid,
  },
];

/**
 * Registers, revokes and lists practice certificates. Every change and its event are written in
 * one transaction (outbox). Scope: a certificate is seen and changed through its candidate — the
 * workshop leader (and, for reading, the casemanager) of the candidate's current PI, the UWV
 * advisors of the candidate's return region (reading), admins; anyone else gets 404.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly workshops: WorkshopsService,
    private readonly outbox: Outbox,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService<TrainingAuditAction>,
  ) {}

  /**
   * Checks, in order (nothing is written when one fails): 404 a candidate out of the caller's
   * scope; 422 every unknown reference at once (candidate, crebo, a workshop not of the candidate's
   * PI); 409 a candidate who has left, or the same valid certificate twice. With an
   * `Idempotency-Key`, the key is claimed and the answer stored in this transaction.
   */
  register(
    principal: Principal,
    dto: RegisterCertificateDto,
    idempotency?: IdempotentRequest,
  ): Promise<CertificateView> {
    return this.idempotency.transaction(idempotency, async (manager) => {
      const found = await this.candidates.find(manager, dto.candidateId);
      if (found && !candidateVisibleTo(found, principal)) throw candidateNotFound(dto.candidateId);
      const references = new ReferenceCheck();
      if (!found) references.unknown('candidateId', `Unknown candidate: ${dto.candidateId}`);
      const qualification = references.qualification('crebo', dto.crebo);
      // A workshop is known relative to the candidate's PI; without one there is nothing to compare.
      if (dto.workshopId !== undefined && found?.piCode) {
        const workshop = await this.workshops.find(manager, dto.workshopId);
        if (workshop?.piCode !== found.piCode)
          references.unknown(
            'workshopId',
            `Unknown workshop at ${found.piCode}: ${dto.workshopId}`,
          );
      }
      references.assertAllKnown();
      // The reference check above answered 422 for an unknown candidate or crebo.
      const candidate = found as Candidate;
      const { crebo, title, level, sector } = qualification as Qualification;
      if (candidate.status === 'left' || candidate.piCode === null) {
        throw new ConflictProblem(
          `Candidate ${dto.candidateId} has left the platform; no certificates can be registered`,
          [{ field: 'candidateId', message: 'has left the platform' }],
        );
      }
      const duplicate = await manager.exists(Certificate, {
        where: {
          candidateId: candidate.candidateId,
          crebo: dto.crebo,
          issuedOn: dto.issuedOn,
          status: 'valid',
        },
      });
      if (duplicate) throw duplicateCertificate(dto);

      const certificate = manager.create(Certificate, {
        id: randomUUID(),
        candidateId: candidate.candidateId,
        piCode: candidate.piCode,
        crebo,
        title,
        level,
        sector,
        workshopId: dto.workshopId ?? null,
        workProcesses: dto.workProcesses ?? [],
        issuedOn: dto.issuedOn,
        status: 'valid',
        version: 1,
        registeredBy: principal.sub,
        registeredAt: new Date(),
        revokedBy: null,
        revokedAt: null,
        revocationReason: null,
      });
      try {
        await manager.insert(Certificate, certificate);
      } catch (error) {
        // A concurrent request registered the same certificate after our check.
        if (isUniqueViolation(error, 'certificates_valid_unique')) throw duplicateCertificate(dto);
        throw error;
      }
      await this.outbox.record(manager, certificateRegistered(certificate));
      await this.audit.record(
        principal,
        'certificate.registered',
        { candidateId: certificate.candidateId, targetId: certificate.id },
        manager,
      );
      return CertificateView.of(certificate, principal);
    });
  }

  revoke(principal: Principal, id: string, dto: RevokeCertificateDto): Promise<CertificateView> {
    return this.dataSource.transaction(async (manager) => {
      const certificate = isUuid(id)
        ? await manager.findOne(Certificate, {
            where: { id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!certificate || !(await this.visible(manager, certificate, principal)))
        throw certificateNotFound(id);
      if (certificate.status === 'revoked')
        throw new ConflictProblem(`Certificate ${id} is already revoked`);

      const revokedAt = new Date();
      const changes = {
        status: 'revoked' as const,
        version: certificate.version + 1,
        revokedBy: principal.sub,
        revokedAt,
        revocationReason: dto.reason,
      };
      await manager.update(Certificate, { id }, changes);
      const revoked = { ...certificate, ...changes };
      await this.outbox.record(manager, certificateRevoked(revoked));
      await this.audit.record(
        principal,
        'certificate.revoked',
        { candidateId: revoked.candidateId, targetId: revoked.id },
        manager,
      );
      return CertificateView.of(revoked, principal);
    });
  }

  async get(principal: Principal, id: string): Promise<CertificateView> {
    const manager = this.dataSource.manager;
    const certificate = isUuid(id) ? await manager.findOne(Certificate, { where: { id } }) : null;
    if (!certificate || !(await this.visible(manager, certificate, principal)))
      throw certificateNotFound(id);
    await this.audit.record(principal, 'certificate.read', {
      candidateId: certificate.candidateId,
      targetId: certificate.id,
    });
    return CertificateView.of(certificate, principal);
  }

  /**
   * Certificates in the caller's scope, newest issue date first. Naming a candidate the caller
   * may not see (or that does not exist) is a 404. Every candidate on the page is an audited read
   * (`certificates.listed`).
   */
  async list(principal: Principal, query: ListCertificatesQuery): Promise<Page<CertificateView>> {
    const manager = this.dataSource.manager;
    const qb = manager.createQueryBuilder(Certificate, 'c');

    if (query.candidateId !== undefined) {
      const candidate = await this.candidates.find(manager, query.candidateId);
      if (!candidate || !candidateVisibleTo(candidate, principal))
        throw candidateNotFound(query.candidateId);
      qb.andWhere('c.candidateId = :candidateId', {
        candidateId: candidate.candidateId,
      });
    } else if (principal.role !== 'admin') {
      qb.innerJoin(Candidate, 'cand', 'cand.candidateId = c.candidateId');
      switch (principal.role) {
        case 'workshop-leader':
        case 'casemanager':
          qb.andWhere('cand.piCode = :pi', { pi: principal.pi });
          break;
        case 'uwv-advisor':
          qb.andWhere('cand.regionCode IN (:...regions)', {
            regions: [...principal.regions],
          });
          break;
        default:
          return { items: [], nextCursor: null };
      }
    }
    const page = await paginate(qb, query, NEWEST_ISSUED_FIRST, (certificate) =>
      CertificateView.of(certificate, principal),
    );
    // One entry per candidate whose certificates the page shows.
    const candidateIds = [...new Set(page.items.map((c) => c.candidateId))];
    await this.audit.recordEach(
      principal,
      'certificates.listed',
      candidateIds.map((candidateId) => ({ candidateId })),
    );
    return page;
  }

  private async visible(
    manager: EntityManager,
    certificate: Certificate,
    principal: Principal,
  ): Promise<boolean> {
    if (principal.role === 'admin') return true;
    const candidate = await this.candidates.find(manager, certificate.candidateId);
    return candidate !== null && candidateVisibleTo(candidate, principal);
  }
}

function candidateNotFound(candidateId: string): NotFoundProblem {
  return new NotFoundProblem(`Candidate ${candidateId} was not found`, [
    { field: 'candidateId', message: 'was not found' },
  ]);
}

function certificateNotFound(id: string): NotFoundProblem {
  return new NotFoundProblem(`Certificate ${id} was not found`);
}

function duplicateCertificate(dto: RegisterCertificateDto): ConflictProblem {
  const message = 'the candidate already has a valid certificate for this crebo and issue date';
  return new ConflictProblem(
    `Candidate ${dto.candidateId} already has a valid certificate for crebo ${dto.crebo} issued on ${dto.issuedOn}`,
    [
      { field: 'crebo', message },
      { field: 'issuedOn', message },
    ],
  );
}
