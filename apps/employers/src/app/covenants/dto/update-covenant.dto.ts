import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateCovenantDto } from './create-covenant.dto';

/**
 * Any field of a create but the signatory (`employerId`, `brin`: unknown fields here, so a 400),
 * each checked as on a create. `null` clears only what a create may leave out (placementsPerYear,
 * support); elsewhere it is a 400.
 */
export class UpdateCovenantDto extends PartialType(
  OmitType(CreateCovenantDto, ['employerId', 'brin'] as const),
  {
    skipNullProperties: false,
  },
) {}
