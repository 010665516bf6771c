import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse, CurrentPrincipal, Principal, Roles } from '@bridge/platform';
import { ListCandidateSuggestionsQuery } from './dto/list-suggestions.query';
import { SuggestionListView } from './suggestion.view';
import { SuggestionsService } from './suggestions.service';

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller()
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Get('candidates/:id/suggestions')
  @Roles('casemanager', 'uwv-advisor', 'admin')
  @ApiOkResponse({ type: SuggestionListView })
  @ApiProblemResponse(404, 'candidate not found or outside your scope')
  forCandidate(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListCandidateSuggestionsQuery,
  ): Promise<SuggestionListView> {
    return this.suggestions.forCandidate(principal, id, query);
  }
}
