import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The database part of GET /health. */
@Injectable()
export class DatabaseHealthContributor {
  readonly name = 'database';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(): Promise<{ up: boolean; details?: Record<string, unknown> }> {
    try {
      await this.dataSource.query('SELECT 1');
      return { up: true };
    } catch (error) {
      return { up: false, details: { error: (error as Error).message } };
    }
  }
}
