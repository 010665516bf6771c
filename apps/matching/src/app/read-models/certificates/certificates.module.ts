import { Module } from '@nestjs/common';
import { CertificateEventsHandler } from './certificate-events.handler';

/** The certificates candidates hold, kept from training's events. */
@Module({ providers: [CertificateEventsHandler] })
export class CertificatesModule {}
