import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse, CurrentPrincipal, Principal, Roles, IdParam } from '@bridge/platform';
import { ListCandidateSuggestionsQuery } from './dto/list-suggestions.query';
import { ReviewSuggestionDto } from './dto/review-suggestion.dto';
import { SuggestionQueueQuery } from './dto/suggestion-queue.query';
import { SuggestionReviewService } from './suggestion-review.service';
import {
  QueuedSuggestionListView,
  QueuedSuggestionView,
  SuggestionListView,
  SuggestionView,
} from './suggestion.view';
import { SuggestionsService } from './suggestions.service';

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller()
export class SuggestionsController {
  constructor(
    private readonly suggestions: SuggestionsService,
    private readonly reviews: SuggestionReviewService,
  ) {}

  @Get('candidates/:id/suggestions')
  @Roles('casemanager', 'uwv-advisor', 'admin')
  @ApiOperation({
    summary:
      'The suggestions of a candidate, best score first (casemanager of its PI, advisor of its region, admin)',
  })
  @ApiOkResponse({ type: SuggestionListView })
  @ApiProblemResponse(404, 'candidate not found or outside your scope')
  forCandidate(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Query() query: ListCandidateSuggestionsQuery,
  ): Promise<SuggestionListView> {
    return this.suggestions.forCandidate(principal, id, query);
  }

  @Get('suggestions')
  @Roles('uwv-advisor', 'admin')
  @ApiOperation({
    summary:
      'The advisor’s queue: suggestions for candidates returning to your regions, soonest release first, then best score',
    description:
      'status defaults to suggested (those still to review). An advisor sees the candidates of its own regions only; a region filter ' +
      'outside them gives an empty page. Ties are broken by suggestion id; keyset-paged. Every candidate shown is an audited read. ' +
      'Each item says whether its candidate has an accepted suggestion (candidate.hasAcceptedSuggestion), as urgency needs.',
  })
  @ApiOkResponse({ type: QueuedSuggestionListView })
  @ApiProblemResponse(
    400,
    'Unknown status, region or PI code, a bad limit or cursor, or an unknown parameter',
  )
  @ApiProblemResponse(403, 'Only UWV advisors and admins see the queue')
  queue(
    @CurrentPrincipal() principal: Principal,
    @Query() query: SuggestionQueueQuery,
  ): Promise<QueuedSuggestionListView> {
    return this.suggestions.queue(principal, query);
  }

  @Get('suggestions/:id')
  @Roles('uwv-advisor', 'casemanager', 'admin')
  @ApiOperation({
    summary:
      'One suggestion, as the advisor’s queue shows it (advisor of its candidate’s region, casemanager of its PI, admin)',
    description:
      'With its target and its candidate’s release date, region, PI and whether it has an accepted suggestion; an accepted one ' +
      'with its referral. Audited.',
  })
  @ApiOkResponse({ type: QueuedSuggestionView })
  @ApiProblemResponse(400, 'The id is not a UUID')
  @ApiProblemResponse(
    403,
    'Workshop leaders, employers and education providers do not see suggestions',
  )
  @ApiProblemResponse(404, 'No such suggestion for a candidate in your scope')
  get(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
  ): Promise<QueuedSuggestionView> {
    return this.suggestions.get(principal, id);
  }

  @Post('suggestions/:id/review')
  @HttpCode(HttpStatus.OK)
  @Roles('uwv-advisor')
  @ApiOperation({
    summary: 'Accept or reject a suggestion for a candidate returning to one of your regions',
    description:
      'Accepting makes the suggestion a referral the employer or school sees (anonymised), only when the candidate consented; ' +
      'it emits matching.referral.created.v1. A rejection needs a reasonCode, and a note for other. Every decision is audited.',
  })
  @ApiOkResponse({ type: SuggestionView })
  @ApiProblemResponse(
    400,
    'Unknown field or decision; a rejection without reasonCode, other without note, or an acceptance with a reasonCode',
  )
  @ApiProblemResponse(403, 'Only UWV advisors review suggestions')
  @ApiProblemResponse(404, 'No such suggestion for a candidate of your regions')
  @ApiProblemResponse(
    409,
    'Not suggested (reviewed or expired already), or accepting without the candidate’s consent',
  )
  review(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: ReviewSuggestionDto,
  ): Promise<SuggestionView> {
    return this.reviews.review(principal, id, dto);
  }
}
