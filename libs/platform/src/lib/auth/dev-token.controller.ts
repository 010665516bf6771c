import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BadRequestProblem } from '../errors/domain-problem.exception';
import { parsePrincipalClaims } from './principal-claims.parser';
import { RateLimit } from '../http/rate-limit';
import { Public } from './public.decorator';
import { ROLES } from './role.model';

/**
 * `POST /auth/dev-token`: signs a token for any valid set of claims. Mounted only when
 * AUTH_MODE=dev (which the config refuses in production); absent routes answer 404.
 */
@ApiTags('auth')
@Controller('auth')
export class DevTokenController {
  constructor(private readonly jwt: JwtService) {}

  @Post('dev-token')
  @Public()
  @RateLimit('dev-token')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Issue a development token (AUTH_MODE=dev only)' })
  @ApiBody({
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['sub', 'role'],
      properties: {
        sub: { type: 'string', example: 'casemanager-1' },
        role: { type: 'string', enum: [...ROLES] },
        pi: {
          type: 'string',
          example: 'PI-VUGHT',
          description: 'workshop-leader, casemanager',
        },
        employerId: { type: 'string', description: 'employer' },
        brin: {
          type: 'string',
          example: '25LX',
          description: 'education-provider',
        },
        regions: {
          type: 'array',
          items: { type: 'string', example: 'AM18' },
          description: 'uwv-advisor',
        },
      },
    },
  })
  @ApiCreatedResponse({
    schema: {
      type: 'object',
      required: ['token'],
      properties: { token: { type: 'string' } },
    },
  })
  async issue(@Body() body: unknown): Promise<{ token: string }> {
    const claims = parsePrincipalClaims(body, { strict: true });
    if (!claims.ok) {
      throw new BadRequestProblem(
        `Invalid claims: ${[...new Set(claims.errors.map((e) => e.field))].join(', ')}`,
        claims.errors,
      );
    }
    return { token: await this.jwt.signAsync({ ...claims.principal }) };
  }
}
