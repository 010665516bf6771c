import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { IsKnownRegionFilter, PageQueryDto } from '@bridge/platform';
import { CREBO_MESSAGE, CREBO_PATTERN } from '../../common/reference-codes';
import { SCHOOL_PLACE_STATUSES, type SchoolPlaceStatus } from '../school-place.entity';

export class ListSchoolPlacesQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: SCHOOL_PLACE_STATUSES, example: 'open' })
  @IsOptional()
  @IsIn(SCHOOL_PLACE_STATUSES)
  status?: SchoolPlaceStatus;

  @ApiPropertyOptional({
    description: 'Labour market region code',
    example: 'AM27',
  })
  @IsOptional()
  @IsString()
  @IsKnownRegionFilter()
  region?: string;

  @ApiPropertyOptional({ example: '25290' })
  @IsOptional()
  @IsString()
  @Matches(CREBO_PATTERN, { message: CREBO_MESSAGE })
  crebo?: string;
}
