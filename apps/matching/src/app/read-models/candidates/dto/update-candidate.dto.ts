import { OmitType, PartialType } from '@nestjs/swagger';
import { RegisterCandidateDto } from './register-candidate.dto';

/** PATCH /candidates/:id: every field optional; the DJI number and PI are not changed here. */
export class UpdateCandidateDto extends PartialType(
  OmitType(RegisterCandidateDto, ['djiNumber', 'piCode'] as const),
) {}
