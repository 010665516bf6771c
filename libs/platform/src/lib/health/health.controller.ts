import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import type { HealthReport } from './health-contributor.interface';
import { HealthService } from './health.service';

const REPORT_SCHEMA = {
  type: 'object',
  required: ['status', 'checks'],
  properties: {
    status: { type: 'string', enum: ['ok', 'down'] },
    checks: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['up'],
        properties: { up: { type: 'boolean' }, details: { type: 'object' } },
      },
      example: {
        database: { up: true },
        bus: { up: true },
        search: { up: true },
      },
    },
  },
};

/** `GET /health`: 200 when every dependency is up, else 503 with the same shape. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    description: 'Every dependency is up',
    schema: REPORT_SCHEMA,
  })
  @ApiServiceUnavailableResponse({
    description: 'A dependency is down',
    schema: REPORT_SCHEMA,
  })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    res.setHeader('Cache-Control', 'no-store');
    return report;
  }
}
