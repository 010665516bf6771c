import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ServiceConfig } from '@bridge/platform';

/**
 * The DJI registration number is never stored: only its keyed hash, so a casemanager can look a
 * candidate up by number while a database dump reveals none.
 */
@Injectable()
export class DjiNumberHasher {
  constructor(private readonly config: ServiceConfig) {}

  hash(djiNumber: string): string {
    return createHmac('sha256', this.config.pseudonymisation.djiNumberHmacKey)
      .update(djiNumber.trim().toUpperCase())
      .digest('hex');
  }
}
