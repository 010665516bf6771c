import { Injectable } from '@nestjs/common';
import type { HealthContributor } from './health-contributor.interface';

/** The health contributors of this service (one registry per application). */
@Injectable()
export class HealthRegistry {
  private readonly contributors = new Map<string, HealthContributor>();

  register(contributor: HealthContributor): void {
    const existing = this.contributors.get(contributor.name);
    if (existing && existing !== contributor) {
      throw new Error(`A health contributor named "${contributor.name}" is already registered`);
    }
    this.contributors.set(contributor.name, contributor);
  }

  list(): HealthContributor[] {
    return [...this.contributors.values()];
  }
}
