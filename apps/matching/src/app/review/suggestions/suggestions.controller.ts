import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Query,
  Req,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  ApiCsvExport,
  ApiProblemResponse,
  CurrentPrincipal,
  IdParam,
  PageQueryDto,
  Principal,
  Roles,
  wantsCsv,
} from '@bridge/platform';
import { ListCandidateSuggestionsQuery } from './dto/list-suggestions.query';
import { ReviewSuggestionDto } from './dto/review-suggestion.dto';
import { MAX_SNOOZE_DAYS, SnoozeSuggestionDto } from './dto/snooze-suggestion.dto';
import { SuggestionQueueQuery } from './dto/suggestion-queue.query';
import { DecisionListView } from './suggestion-decision.view';
import { SuggestionReplayService } from './suggestion-replay.service';
import { SuggestionReplayView } from './suggestion-replay.view';
import { SuggestionReviewService } from './suggestion-review.service';
import {
  QueuedSuggestionListView,
  QueuedSuggestionView,
  SuggestionListView,
  SuggestionView,
} from './suggestion.view';
import { QUEUE_EXPORT_CAP, SuggestionsService } from './suggestions.service';

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller()
export class SuggestionsController {
  constructor(
    private readonly suggestions: SuggestionsService,
    private readonly reviews: SuggestionReviewService,
    private readonly replays: SuggestionReplayService,
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
      'Each item says whether its candidate has an accepted suggestion (candidate.hasAcceptedSuggestion), as urgency needs. ' +
      'Suggestions snoozed until a later day are left out unless snoozed=true (then only those are listed); a snooze ends on ' +
      `its day by itself (Dutch calendar). With Accept: text/csv the answer is every row under the same filters (limit and ` +
      `cursor do not apply, at most ${QUEUE_EXPORT_CAP}) as the download suggestion-queue-<UTC timestamp>.csv, with the ` +
      'columns suggestionId, candidateId (pseudonymous), piCode, regionCode, expectedReleaseDate, targetType, targetTitle, ' +
      'targetMunicipalityCode, targetMunicipality, targetStartDate, score, status, snoozedUntil; audited as a read of each ' +
      'candidate and once as suggestions.queue-exported.',
  })
  @ApiCsvExport()
  @ApiOkResponse({ type: QueuedSuggestionListView })
  @ApiProblemResponse(
    400,
    `Unknown status, region or PI code, a bad limit, cursor or snoozed, or an unknown parameter; a CSV export of more than ${QUEUE_EXPORT_CAP} rows (narrow it with region, pi, status or snoozed)`,
  )
  @ApiProblemResponse(403, 'Only UWV advisors and admins see the queue')
  queue(
    @CurrentPrincipal() principal: Principal,
    @Query() query: SuggestionQueueQuery,
    @Req() request: Request,
  ): Promise<QueuedSuggestionListView | StreamableFile> {
    if (wantsCsv(request)) return this.suggestions.exportQueue(principal, query);
    return this.suggestions.queue(principal, query);
  }

  @Get('candidates/:id/decisions')
  @Roles('casemanager', 'uwv-advisor', 'admin')
  @ApiOperation({
    summary:
      'Who accepted, rejected, snoozed or un-snoozed which of the candidate’s suggestions, newest first (casemanager of its PI, advisor of its region, admin)',
    description:
      'decidedBy is the subject id as the audit log keeps it, never a name; the target title is as it was when decided. ' +
      'Kept append-only, written with the decision itself; the reviews made before it was kept are included. Keyset-paged; ' +
      'the read is audited (candidate.decisions-read).',
  })
  @ApiOkResponse({ type: DecisionListView })
  @ApiProblemResponse(400, 'The id is not a UUID, a bad limit or cursor, or an unknown parameter')
  @ApiProblemResponse(403, 'Only PI casemanagers, UWV advisors and admins see decisions')
  @ApiProblemResponse(404, 'candidate not found or outside your scope')
  decisions(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Query() query: PageQueryDto,
  ): Promise<DecisionListView> {
    return this.suggestions.decisionsOf(principal, id, query);
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

  @Get('suggestions/:id/replay')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Recomputes a suggestion from the inputs it was computed from, with the running code’s rules, and compares (admin)',
    description:
      'Every suggestion written since inputs are recorded names its rules version, settings fingerprint, day (asOf) and its ' +
      'inputs (the candidate’s match profile and the target’s profile, pseudonymous, as shared content-addressed snapshots). ' +
      'The replay judges those inputs for that day with the current rules and settings: same is true when score, factor ' +
      'values and weights all equal what was recorded; differences name each number that differs (score, <factor>, ' +
      '<factor>.weight); excludedBy names the hard rule that now excludes the pair. A suggestion computed before inputs ' +
      'were recorded answers 200 with replayable false, a reason, replayed null and recorded rulesVersion 1 (the only ' +
      'version then), settingsFingerprint "" and asOf the day it was last written; it becomes replayable once a ' +
      'recompute writes it again. Audited (suggestion.replayed): it reads the candidate’s profile.',
  })
  @ApiOkResponse({ type: SuggestionReplayView })
  @ApiProblemResponse(400, 'The id is not a UUID')
  @ApiProblemResponse(403, 'Only admins replay suggestions')
  @ApiProblemResponse(404, 'No such suggestion')
  replay(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
  ): Promise<SuggestionReplayView> {
    return this.replays.replay(principal, id);
  }

  @Post('suggestions/:id/snooze')
  @HttpCode(HttpStatus.OK)
  @Roles('uwv-advisor', 'admin')
  @ApiOperation({
    summary:
      'Snooze a suggested suggestion until a day: out of the advisor’s queue until then (advisor of its candidate’s region, admin)',
    description:
      `until lies after today and at most ${MAX_SNOOZE_DAYS} days ahead (Dutch calendar); on that day the suggestion is back ` +
      'in the queue by itself. Reason codes: awaiting-vog (the VOG is being applied for), awaiting-release-date (the release ' +
      'date is uncertain), candidate-unavailable (the candidate cannot take it up for now), awaiting-target (the vacancy or ' +
      'school place is not ready yet), other (with a note). Snoozing a snoozed one moves its day. A snoozed suggestion can ' +
      'still be accepted or rejected (that ends the snooze); a recompute keeps it. Audited and kept in the decision history.',
  })
  @ApiOkResponse({ type: SuggestionView })
  @ApiProblemResponse(
    400,
    `Unknown field or reason code, other without note, until not a date, not after today or more than ${MAX_SNOOZE_DAYS} days ahead`,
  )
  @ApiProblemResponse(403, 'Only UWV advisors and admins snooze suggestions')
  @ApiProblemResponse(404, 'No such suggestion for a candidate of your regions')
  @ApiProblemResponse(409, 'Not suggested (reviewed or expired), or its candidate left')
  snooze(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
    @Body() dto: SnoozeSuggestionDto,
  ): Promise<SuggestionView> {
    return this.reviews.snooze(principal, id, dto);
  }

  @Delete('suggestions/:id/snooze')
  @Roles('uwv-advisor', 'admin')
  @ApiOperation({
    summary: 'End a snooze before its day: the suggestion is back in the queue',
    description: 'Audited and kept in the decision history.',
  })
  @ApiOkResponse({ type: SuggestionView })
  @ApiProblemResponse(403, 'Only UWV advisors and admins snooze suggestions')
  @ApiProblemResponse(404, 'No such suggestion for a candidate of your regions')
  @ApiProblemResponse(409, 'The suggestion is not snoozed (or no longer suggested)')
  unsnooze(
    @CurrentPrincipal() principal: Principal,
    @IdParam() id: string,
  ): Promise<SuggestionView> {
    return this.reviews.unsnooze(principal, id);
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
