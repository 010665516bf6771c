// Generated from the matching service's OpenAPI document by tools/openapi/write-api-types.mjs.
// Do not edit: run `npx nx run api-client:generate`.

export interface paths {
    "/admin/reindex": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuilds the search indexes from the service's own data (admin) */
        post: operations["AdminReindexController_reindex"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/algorithm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How matching decides, as the algorithm register describes it (any signed-in role)
         * @description The register’s fields, and generated from the code: the hard rules with the values this service runs with, the score factors and their weights, the bound, the data each part reads and the data never used, the advisor’s decision, what a referral shows and how long data is kept. docs/algorithm.md is rendered from the same description.
         */
        get: operations["AlgorithmController_describe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service's audit log: reads of candidate data and decisions about candidates, newest first
         * @description Filters combine: candidateId, actor (the sub of the caller), from and to (a date is its whole day in the Netherlands, a timestamp needs an offset; both inclusive). A read filtered to one candidate is itself recorded as audit.read.
         */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/dev-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a development token (AUTH_MODE=dev only) */
        post: operations["DevTokenController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Candidates in your scope, soonest release first (casemanager and workshop leader: own PI; advisor: own regions; admin: all)
         * @description Each candidate as GET /candidates/:id shows it, with its valid certificates; never a DJI number. Ordered by expectedReleaseDate, then id; keyset-paged. A pi or region filter outside your scope gives an empty page. Every candidate shown is an audited read (candidate.listed).
         */
        get: operations["CandidatesController_list"];
        put?: never;
        /**
         * Registers a candidate (casemanager of its PI, admin); no response shows the DJI number
         * @description A DJI number registered at another PI is a transfer: the same candidate (same id, its certificates) moves to this PI with the state given here, active again, and matching.candidate.transferred.v1 is emitted; its standing referrals are withdrawn and its suggestions recomputed. The answer is the same 201 and shape as for a new number, so it never tells whether the number is known elsewhere. Every attempt is audited (candidate.registered, candidate.transferred, candidate.registration-refused) with the PI codes involved, never the DJI number.
         */
        post: operations["CandidatesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A candidate with its certificates (casemanager and workshop leader of its PI, advisor of its region, admin) */
        get: operations["CandidatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes a candidate (casemanager of its PI, admin) */
        patch: operations["CandidatesController_update"];
        trace?: never;
    };
    "/candidates/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who accepted, rejected, snoozed or un-snoozed which of the candidate’s suggestions, newest first (casemanager of its PI, advisor of its region, admin)
         * @description decidedBy is the subject id as the audit log keeps it, never a name; the target title is as it was when decided. Kept append-only, written with the decision itself; the reviews made before it was kept are included. Keyset-paged; the read is audited (candidate.decisions-read).
         */
        get: operations["SuggestionsController_decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidates/{id}/exclusions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Why targets are not suggested to a candidate returning to your regions
         * @description For every open vacancy or school place the candidate is not suggested (or only the one named by targetId, open or not): the first hard matching rule it fails, with a one-line detail, and the target’s title and municipality. A target that passes every rule is listed only when the candidate has no standing suggestion of it, with why it is not kept: below-min-score (MATCH_MIN_SCORE), outranked (the MATCH_MAX_SUGGESTIONS_PER_CANDIDATE open slots hold better ones) or not-yet-matched (a change is still being processed). Audited.
         */
        get: operations["CandidateExclusionsController_forCandidate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidates/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A candidate leaves the platform (casemanager of its PI, admin)
         * @description Status left, final. Emits matching.candidate.left.v1 with the reason; every referral still referred is withdrawn (matching.referral.withdrawn.v1) and its open suggestions expire. Accepted and rejected suggestions keep their status. A reason code only: nothing about the case is stored.
         */
        post: operations["CandidatesController_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidates/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The referrals made for a candidate, newest first (casemanager of its PI, advisor of its region, admin)
         * @description Every status, withdrawn included, with the target as its suggestion described it; statusChangedAt is when it was placed, declined or withdrawn. Keyset-paged; one audited read.
         */
        get: operations["CandidateReferralsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidates/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The suggestions of a candidate, best score first (casemanager of its PI, advisor of its region, admin) */
        get: operations["SuggestionsController_forCandidate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidates/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Finds a candidate by DJI number (casemanager of its PI, admin)
         * @description Unknown, or registered at another PI: the same 404, audited as candidate.lookup-refused with both PI codes.
         */
        get: operations["CandidatesController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insights/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which practice certificates lead outside: per qualification and In-Made workshop type, and the qualifications asked for but not held
         * @description Valid certificates of the PI’s candidates (admin: all PI’s unless ?pi=; a workshop leader: its own PI), their distinct holders, and how many holders ever got a suggestion, a referral, a placement. Outcome counts of fewer than 10 holders are withheld (suppressed); so are those of a workshop type of which exactly one qualification is withheld. The shortfall: required qualifications of open vacancies and school places under a covenant in force in the return regions of the PI’s active candidates that none of them holds, with the openings and seats left. Aggregates only: not audited; the CSV export (Accept: text/csv) is.
         */
        get: operations["CertificateOutcomesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insights/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Labour market regions and PI’s that no active covenant names
         * @description Active today: valid from ≤ today ≤ valid to, and not ended early. Covenants of employers and schools both count.
         */
        get: operations["InsightsController_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insights/fairness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who gets offered what: candidates nearing release per PI, region, VOG outlook and qualification domain, beside the national figure
         * @description The funnel’s cohort, nationally. Per group: candidates, shares with a suggestion, accepted and placed, rejections per reason, median days from registration to the first suggestion and from suggestion to review. A group of fewer than 10 candidates shows no figures (suppressed), and so does the next smallest of its dimension when it is the only one. Groups that differ most from the national figure are marked (markingRule). Aggregates only: not audited; the CSV export (Accept: text/csv) is.
         */
        get: operations["FairnessController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insights/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Candidates nearing release: with a certificate, with a suggestion, referred, placed; in total, per region and per PI
         * @description Distinct candidates whose release lies within 180 days ahead and not more than 90 days past. An advisor counts those returning to its own regions; a region filter outside them counts 0. Aggregates only: no candidate ids, and no audit entry; the CSV export (Accept: text/csv: the totals, each region and each PI, one line each) is audited.
         */
        get: operations["InsightsController_funnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insights/review-behaviour": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How advisors review, per labour market region of the reviewed candidates, never naming an advisor
         * @description Every review so far (a suggestion accepted or rejected): the number, the acceptance rate, the rate of each rejection reason and the median days from suggestion to review, nationally and per region. A region with fewer than 10 reviews shows no figures (suppressed), and so does the next smallest when it is the only one. Aggregates only: not audited; the CSV export (Accept: text/csv) is.
         */
        get: operations["ReviewBehaviourController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The referrals to your own vacancies (employer) or school places (education provider), newest first
         * @description Anonymised: certificates, region and availability, never the candidate id. Every referral shown is audited. Referrals withdrawn because the candidate left or withdrew consent are not shown; those withdrawn because the candidate was placed elsewhere are, with withdrawalReason placed-elsewhere. targetId narrows the list to one of your vacancies or school places; another party’s or an unknown target gives an empty page.
         */
        get: operations["ReferralsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a referral to your own vacancy or school place
         * @description Emits matching.referral.declined.v1; the note stays here. To take the candidate on, record a placement at the vacancy or school place instead; the referral then shows placed.
         */
        post: operations["ReferralsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{id}/keep-standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Keep a standing referral standing when the candidate is placed elsewhere (advisor of its region, admin)
         * @description A placement of the candidate withdraws its other standing referrals (reason placed-elsewhere), except those kept standing: e.g. a BBL school place beside a job with the same employer. Recorded on the referral (who, when, note) and audited (referral.kept-standing); asked again, the newest note counts. The candidate leaving or withdrawing consent still withdraws it.
         */
        post: operations["ReferralsController_keepStanding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The advisor’s queue: suggestions for candidates returning to your regions, soonest release first, then best score
         * @description status defaults to suggested (those still to review). An advisor sees the candidates of its own regions only; a region filter outside them gives an empty page. Ties are broken by suggestion id; keyset-paged. Every candidate shown is an audited read. Each item says whether its candidate has an accepted suggestion (candidate.hasAcceptedSuggestion), as urgency needs. Suggestions snoozed until a later day are left out unless snoozed=true (then only those are listed); a snooze ends on its day by itself (Dutch calendar). With Accept: text/csv the answer is every row under the same filters (limit and cursor do not apply, at most 10000) as the download suggestion-queue-<UTC timestamp>.csv, with the columns suggestionId, candidateId (pseudonymous), piCode, regionCode, expectedReleaseDate, targetType, targetTitle, targetMunicipalityCode, targetMunicipality, targetStartDate, score, status, snoozedUntil; audited as a read of each candidate and once as suggestions.queue-exported.
         */
        get: operations["SuggestionsController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suggestions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One suggestion, as the advisor’s queue shows it (advisor of its candidate’s region, casemanager of its PI, admin)
         * @description With its target and its candidate’s release date, region, PI and whether it has an accepted suggestion; an accepted one with its referral. Audited.
         */
        get: operations["SuggestionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suggestions/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recomputes a suggestion from the inputs it was computed from, with the running code’s rules, and compares (admin)
         * @description Every suggestion written since inputs are recorded names its rules version, settings fingerprint, day (asOf) and its inputs (the candidate’s match profile and the target’s profile, pseudonymous, as shared content-addressed snapshots). The replay judges those inputs for that day with the current rules and settings: same is true when score, factor values and weights all equal what was recorded; differences name each number that differs (score, <factor>, <factor>.weight); excludedBy names the hard rule that now excludes the pair. A suggestion computed before inputs were recorded answers 200 with replayable false, a reason, replayed null and recorded rulesVersion 1 (the only version then), settingsFingerprint "" and asOf the day it was last written; it becomes replayable once a recompute writes it again. Audited (suggestion.replayed): it reads the candidate’s profile.
         */
        get: operations["SuggestionsController_replay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suggestions/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or reject a suggestion for a candidate returning to one of your regions
         * @description Accepting makes the suggestion a referral the employer or school sees (anonymised), only when the candidate consented; it emits matching.referral.created.v1. A rejection needs a reasonCode, and a note for other. Every decision is audited.
         */
        post: operations["SuggestionsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suggestions/{id}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Snooze a suggested suggestion until a day: out of the advisor’s queue until then (advisor of its candidate’s region, admin)
         * @description until lies after today and at most 180 days ahead (Dutch calendar); on that day the suggestion is back in the queue by itself. Reason codes: awaiting-vog (the VOG is being applied for), awaiting-release-date (the release date is uncertain), candidate-unavailable (the candidate cannot take it up for now), awaiting-target (the vacancy or school place is not ready yet), other (with a note). Snoozing a snoozed one moves its day. A snoozed suggestion can still be accepted or rejected (that ends the snooze); a recompute keeps it. Audited and kept in the decision history.
         */
        post: operations["SuggestionsController_snooze"];
        /**
         * End a snooze before its day: the suggestion is back in the queue
         * @description Audited and kept in the decision history.
         */
        delete: operations["SuggestionsController_unsnooze"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AlgorithmView: {
            bound: components["schemas"]["SuggestionBoundView"];
            dataLeaving: components["schemas"]["DataLeavingView"];
            dataNeverUsed: components["schemas"]["NeverUsedDataView"][];
            dataUsed: components["schemas"]["DataFieldView"][];
            /** @description In the order they are applied */
            hardRules: components["schemas"]["HardRuleView"][];
            humanDecision: components["schemas"]["HumanDecisionView"];
            links: components["schemas"]["SourceLinkView"][];
            /** @description In the register’s order */
            register: components["schemas"]["RegisterFieldView"][];
            retention: components["schemas"]["RetentionView"][];
            /**
             * @description MATCH_RULES_VERSION: raised whenever the rules change in code
             * @example 1
             */
            rulesVersion: number;
            scoreFactors: components["schemas"]["ScoreFactorView"][];
        };
        AuditDetailsView: {
            /**
             * @description The filters an export applied
             * @example {
             *       "region": "RMT-GROOT-AMSTERDAM",
             *       "status": "suggested"
             *     }
             */
            filters?: {
                [key: string]: string;
            };
            /**
             * @description The rows an export wrote
             * @example 42
             */
            rows?: number;
        };
        AuditEntryListView: {
            items: components["schemas"]["AuditEntryView"][];
            /** @example null */
            nextCursor: string | null;
        };
        AuditEntryView: {
            /** @example suggestion.accepted */
            action: string;
            /**
             * @description The `sub` of the caller
             * @example uwv-27
             */
            actor: string;
            /** @example 2026-11-28T09:31:12.204Z */
            at: string;
            /** @example 9b3c1f0e-2a7d-4c58-8e61-0d4f7a2b9c13 */
            candidateId?: string;
            /** @description Of an export: its filters and rows */
            details?: components["schemas"]["AuditDetailsView"];
            /**
             * @description Position in the log: later entries have higher ids
             * @example 1042
             */
            id: string;
            /**
             * @description The other PI involved: where a transferred candidate came from, where the candidate of a refused lookup is
             * @example PI-VUGHT
             */
            otherPiCode?: string;
            /**
             * @description The PI the action was done for (registrations, transfers, lookups)
             * @example PI-ZWOLLE
             */
            piCode?: string;
            /**
             * @description The referral concerned (employers and schools know a candidate only by it)
             * @example 0c7e5b1a-9f3d-4e2a-8b6c-5d4f3e2a1b0c
             */
            referralId?: string;
            /** @example uwv-advisor */
            role: string;
            /** @example 5d2f7a0e-3c41-4b8e-9f62-1a7d0c9e8b34 */
            targetId?: string;
        };
        CandidateCertificateView: {
            /** @example 25252 */
            crebo: string;
            /** @example 2026-10-01 */
            issuedOn: string;
            /** @example Assistent horeca, voeding of voedingsindustrie */
            title: string;
        };
        CandidateConsentDto: {
            /**
             * @description Consent to share an anonymised profile with employers and schools
             * @example true
             */
            shareAnonymisedProfile: boolean;
        };
        CandidateExclusionView: {
            /** @example 96 km away and outside return region AM27 (limit 45 km) */
            detail: string;
            /**
             * @description Where the target is (CBS municipality code)
             * @example GM0014
             */
            municipalityCode: string;
            /**
             * @description The first hard rule the target fails; or, for one that passes them all, why it is not kept (below-min-score, outranked, not-yet-matched)
             * @example too-far
             * @enum {string}
             */
            rule: "target-not-open" | "covenant-inactive" | "too-far" | "start-date-outside-window" | "missing-qualifications" | "entry-level-not-met" | "vog-unlikely" | "candidate-not-eligible" | "excluded-municipality" | "below-min-score" | "outranked" | "not-yet-matched";
            /** @example 5d2f7a0e-3c41-4b8e-9f62-1a7d0c9e8b34 */
            targetId: string;
            /**
             * @description The vacancy’s title, or the school place’s qualification
             * @example Machinaal houtbewerker
             */
            title: string;
            /**
             * @example vacancy
             * @enum {string}
             */
            type: "vacancy" | "school-place";
        };
        CandidateListView: {
            items: components["schemas"]["CandidateView"][];
            /**
             * @description Pass as ?cursor= for the next page; null on the last page
             * @example null
             */
            nextCursor: string | null;
        };
        CandidatePlacementView: {
            /**
             * Format: date
             * @description The day the employer or school recorded the placement
             * @example 2027-02-10
             */
            placedOn: string;
            /**
             * Format: date
             * @description The target’s start date
             * @example 2027-03-01
             */
            startDate: string;
            /** @example 9a4e2f7c-1b3d-4c8e-a5f6-7d9b0c1e2f3a */
            targetId: string;
            /**
             * @example vacancy
             * @enum {string}
             */
            targetType: "vacancy" | "school-place";
            /** @example Machinaal houtbewerker */
            title: string;
        };
        CandidatePreferencesDto: {
            /**
             * @description Open to education
             * @example false
             */
            education?: boolean;
            /**
             * @description Sectors (opleidingsdomeinen) the candidate prefers
             * @example [
             *       "Techniek en procesindustrie"
             *     ]
             */
            sectors?: string[];
            /**
             * @description Open to work
             * @example true
             */
            work?: boolean;
        };
        CandidateReferralListView: {
            items: components["schemas"]["CandidateReferralView"][];
            /**
             * @description Pass as ?cursor= for the next page; null on the last page
             * @example null
             */
            nextCursor: string | null;
        };
        CandidateReferralTargetView: {
            /**
             * @description Of a school place
             * @example 25LX
             */
            brin?: string;
            /**
             * @description Of a vacancy
             * @example 0f8fad5b-d9cb-469f-a165-70867728950e
             */
            employerId?: string;
            /** @example GM0855 */
            municipalityCode: string;
            /**
             * Format: date
             * @example 2027-03-01
             */
            startDate: string;
            /** @example Medewerker houtbewerking */
            title: string;
        };
        CandidateReferralView: {
            /**
             * @description When the advisor accepted the suggestion
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description The referral id
             * @example 0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10
             */
            id: string;
            /** @description Set when an advisor chose to keep this referral standing: a placement elsewhere then does not withdraw it */
            keptStanding: components["schemas"]["KeptStandingView"] | null;
            /**
             * @example placed
             * @enum {string}
             */
            status: "referred" | "placed" | "declined" | "withdrawn";
            /**
             * @description When it became placed, declined or withdrawn (its last change); null while referred
             * @example 2026-12-14T13:05:00.000Z
             */
            statusChangedAt: string | null;
            /**
             * @description The accepted suggestion it came from
             * @example 9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f
             */
            suggestionId: string;
            /** @description Title, place and start of the target when it was accepted */
            target: components["schemas"]["CandidateReferralTargetView"];
            /**
             * @description The vacancy or school place
             * @example 9a4e2f7c-1b3d-4c8e-a5f6-7d9b0c1e2f3a
             */
            targetId: string;
            /**
             * @example vacancy
             * @enum {string}
             */
            type: "vacancy" | "school-place";
            /**
             * @description Of a withdrawn referral: the candidate left, withdrew consent, or was placed elsewhere; null otherwise (and for a referral withdrawn by a transfer to another PI)
             * @example null
             * @enum {string|null}
             */
            withdrawalReason: "candidate-left" | "consent-withdrawn" | "placed-elsewhere" | null;
        };
        CandidateView: {
            certificates?: components["schemas"]["CandidateCertificateView"][];
            /**
             * @example {
             *       "shareAnonymisedProfile": true
             *     }
             */
            consent: Record<string, never>;
            /** @example 2026-11-02T09:30:00.000Z */
            createdAt: string;
            /** @example [] */
            excludedMunicipalities: string[];
            /** @example 2027-03-15 */
            expectedReleaseDate: string;
            /**
             * @description Pseudonym
             * @example 5d0c0a52-5c7e-4c3e-9a43-3d3f8e4f1a7b
             */
            id: string;
            /**
             * @description Why the candidate left; null while active
             * @example null
             * @enum {string|null}
             */
            leftReason: "window-passed" | "consent-withdrawn" | "removed" | null;
            /** @example PI-VUGHT */
            piCode: string;
            /** @description The latest placement (at a vacancy or school place); null when never placed. A placed candidate gets no new suggestions */
            placement: components["schemas"]["CandidatePlacementView"] | null;
            /**
             * @example {
             *       "sectors": [],
             *       "work": true,
             *       "education": false
             *     }
             */
            preferences: Record<string, never>;
            /** @example AM28 */
            regionCode: string;
            /** @example GM0344 */
            returnMunicipalityCode: string;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "left";
            /** @example 2026-11-20T14:05:00.000Z */
            updatedAt: string;
            /**
             * @description Raised by every change
             * @example 1
             */
            version: number;
            /**
             * @example likely
             * @enum {string}
             */
            vogOutlook: "unknown" | "likely" | "unlikely";
        };
        CertificateOutcomesView: {
            /**
             * Format: date
             * @example 2026-11-28
             */
            asOf: string;
            /** @description Per crebo held, by crebo */
            byQualification: components["schemas"]["CertificateOutcomeView"][];
            /** @description Per In-Made workshop type whose qualifications are held, in the reference order */
            byWorkshopType: components["schemas"]["CertificateOutcomeView"][];
            /**
             * @description The PI counted; null: all
             * @example PI-VUGHT
             */
            pi: string | null;
            /** @description Most openings and seats first, then by crebo */
            shortfall: components["schemas"]["QualificationShortfallView"][];
            /** @example 10 */
            suppressionThreshold: number;
        };
        CertificateOutcomeView: {
            /**
             * @description Crebo, or workshop type code (e.g. `wood`)
             * @example 25016
             */
            code: string;
            /**
             * @description Distinct candidates holding one
             * @example 12
             */
            holders: number;
            /**
             * @description Valid certificates (a revoked one is not counted)
             * @example 14
             */
            issued: number;
            /** @example Machinaal houtbewerker */
            label: string;
            /**
             * @description Holders placed
             * @example 2
             */
            placed: number | null;
            /**
             * @description Holders ever referred
             * @example 5
             */
            referred: number | null;
            /**
             * @description Fewer than 10 holders: the outcome counts are withheld, issued and holders shown
             * @example false
             */
            suppressed: boolean;
            /**
             * @description Holders who ever got a suggestion (expired ones too)
             * @example 9
             */
            withSuggestion: number | null;
        };
        CoverageView: {
            /**
             * Format: date
             * @description The day the covenants are judged active on (UTC)
             * @example 2026-11-28
             */
            asOf: string;
            /**
             * @description Penitentiary institutions no active covenant names, by code
             * @example [
             *       {
             *         "code": "PI-ZWOLLE",
             *         "name": "PI Zwolle"
             *       }
             *     ]
             */
            pisWithoutCovenant: components["schemas"]["ReferenceCodeView"][];
            /** @description Labour market regions no active covenant names, by code */
            regionsWithoutCovenant: components["schemas"]["ReferenceCodeView"][];
        };
        DataFieldView: {
            /**
             * @description The field of the match profile
             * @example releaseDate
             */
            field: string;
            /** @example Verwachte vrijlatingsdatum */
            nl: string;
            /**
             * @example candidate
             * @enum {string}
             */
            subject: "candidate" | "target";
            /**
             * @description The hard rules and score factors that read it
             * @example [
             *       "start-date-outside-window",
             *       "candidate-not-eligible",
             *       "timing"
             *     ]
             */
            usedBy: string[];
        };
        DataLeavingView: {
            /** @description What the event to the employer’s or school’s service carries */
            eventFields: components["schemas"]["SharedFieldView"][];
            /** @example matching.referral.created.v1 */
            eventTopic: string;
            /** @example Alleen een geaccepteerde suggestie verlaat het platform … */
            nl: string;
            /** @description What the employer or school sees (GET /referrals) */
            referralFields: components["schemas"]["SharedFieldView"][];
        };
        DecisionListView: {
            items: components["schemas"]["DecisionView"][];
            /** @example null */
            nextCursor: string | null;
        };
        DecisionTargetView: {
            /**
             * @description As it was when decided
             * @example Machinaal houtbewerker
             */
            title: string;
            /**
             * @example vacancy
             * @enum {string}
             */
            type: "vacancy" | "school-place";
        };
        DecisionView: {
            /** @example 2026-12-08T09:30:00.000Z */
            decidedAt: string;
            /**
             * @description The subject id of who decided, as the audit log has it (never a name)
             * @example uwv-27
             */
            decidedBy: string;
            /**
             * @example snoozed
             * @enum {string}
             */
            decision: "accepted" | "rejected" | "snoozed" | "unsnoozed";
            /** @example 7a0e3c52-1b4d-4e8f-9a61-2c4e8d7b5a10 */
            id: string;
            /** @example null */
            note: string | null;
            /**
             * @description Of a rejection (its reason) or a snooze (its reason)
             * @example awaiting-vog
             */
            reasonCode: string | null;
            /**
             * Format: date
             * @description Of a snooze: the day it ends
             * @example 2027-01-15
             */
            snoozedUntil: string | null;
            /** @example 9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f */
            suggestionId: string;
            target: components["schemas"]["DecisionTargetView"];
        };
        DeclineReferralDto: {
            /**
             * @description Why the referral is declined (kept here, not in the event)
             * @example Geen begeleiding beschikbaar in de startperiode
             */
            note?: string;
        };
        ExplanationFactorView: {
            /** @example distance */
            factor: string;
            /** @example 12 km from the return municipality */
            reason: string;
            /** @example 0.733 */
            value: number;
            /** @example 0.25 */
            weight: number;
        };
        FairnessDifferenceView: {
            /** @example 3 */
            placedShare: number | null;
            /**
             * @description Percentage points, group − national; null when suppressed
             * @example -12.5
             */
            withSuggestionShare: number | null;
        };
        FairnessDimensionView: {
            /**
             * @example pi
             * @enum {string}
             */
            dimension: "pi" | "region" | "vog-outlook" | "qualification-domain";
            /** @description Marked groups first, largest difference first; then the others by code */
            groups: components["schemas"]["FairnessGroupView"][];
        };
        FairnessFiguresView: {
            /**
             * @description Share (0..1) with at least one suggestion an advisor accepted
             * @example 0.25
             */
            acceptedShare: number | null;
            /**
             * @description Candidates nearing release (the funnel’s cohort)
             * @example 42
             */
            candidates: number;
            /**
             * @description Median days (1 decimal) from registration to the first suggestion ever made, over those with one
             * @example 3.5
             */
            medianDaysToFirstSuggestion: number | null;
            /**
             * @description Median days (1 decimal) from a suggestion to its review, over reviewed suggestions
             * @example 1.2
             */
            medianDaysToReview: number | null;
            /**
             * @description Share (0..1) placed by at least one referral
             * @example 0.1
             */
            placedShare: number | null;
            /** @description Rejected suggestions of these candidates per reason code, most first */
            rejectionReasons: components["schemas"]["RejectionReasonCountView"][];
            /**
             * @description Share (0..1) with at least one suggestion that is not expired, as the funnel counts it
             * @example 0.5
             */
            withSuggestionShare: number | null;
        };
        FairnessGroupView: {
            /**
             * @description PI or region code, VOG outlook, or opleidingsdomein name (`none`: no valid certificate)
             * @example PI-VUGHT
             */
            code: string;
            difference: components["schemas"]["FairnessDifferenceView"];
            /**
             * @description Marked by the marking rule (see markingRule)
             * @example true
             */
            differsMost: boolean;
            figures: components["schemas"]["FairnessFiguresView"] | null;
            /** @example PI Vught */
            label: string;
            /**
             * @description Fewer than 10 candidates, or withheld so a smaller one cannot be recovered by subtraction
             * @example false
             */
            suppressed: boolean;
        };
        FairnessView: {
            /**
             * Format: date
             * @example 2026-11-28
             */
            asOf: string;
            dimensions: components["schemas"]["FairnessDimensionView"][];
            /**
             * @description How groups are marked as differing most, in words
             * @example A group is marked when its share with a suggestion or its share placed differs … by 10 percentage points or more
             */
            markingRule: string;
            national: components["schemas"]["FairnessFiguresView"];
            /** @example 10 */
            suppressionThreshold: number;
        };
        FunnelView: {
            /**
             * Format: date
             * @description The day "nearing release" is counted from (UTC)
             * @example 2026-11-28
             */
            asOf: string;
            /** @description Per PI with candidates nearing release, by code */
            byPi: components["schemas"]["PiFunnelView"][];
            /** @description Per return region with candidates nearing release, by code */
            byRegion: components["schemas"]["RegionFunnelView"][];
            /**
             * @description Release within the horizon (180 days) and not more than 90 days past
             * @example 42
             */
            nearingRelease: number;
            /**
             * @description Of those nearing release: placed by at least one referral
             * @example 4
             */
            placed: number;
            /**
             * @description Of those placed: with a placement its employer or school confirmed to hold 3 months after the start
             * @example 3
             */
            placedHolding3Months: number;
            /**
             * @description Of those placed: with a placement its employer or school confirmed to hold 6 months after the start
             * @example 2
             */
            placedHolding6Months: number;
            /**
             * @description Of those nearing release: referred at least once (any referral, whatever became of it)
             * @example 9
             */
            referred: number;
            /**
             * @description Of those: holding at least one valid certificate
             * @example 30
             */
            withCertificate: number;
            /**
             * @description Of those nearing release: with at least one suggestion that is not expired
             * @example 21
             */
            withSuggestion: number;
        };
        HardRuleView: {
            /**
             * @example [
             *       "regionCode",
             *       "municipalityCode"
             *     ]
             */
            candidateData: string[];
            /** @example The target lies in the return region, or at most 45 km … */
            en: string;
            /** @example Het doel ligt in de terugkeerregio, of hoogstens 45 km … */
            nl: string;
            /**
             * @description The rule’s number in docs/design.md
             * @example 2
             */
            number: number;
            parameters: components["schemas"]["RuleParameterView"][];
            /**
             * @description The code an exclusion shows
             * @example too-far
             * @enum {string}
             */
            rule: "target-not-open" | "covenant-inactive" | "too-far" | "start-date-outside-window" | "missing-qualifications" | "entry-level-not-met" | "vog-unlikely" | "candidate-not-eligible" | "excluded-municipality";
            /**
             * @example [
             *       "regionCode",
             *       "municipalityCode"
             *     ]
             */
            targetData: string[];
        };
        HumanDecisionView: {
            /**
             * @example [
             *       "accept",
             *       "reject"
             *     ]
             */
            decisions: string[];
            /** @example Een UWV-adviseur van de terugkeerregio beoordeelt … */
            nl: string;
            /**
             * @description The reason code that also needs a note
             * @example other
             */
            noteRequiredFor: string;
            rejectionReasons: components["schemas"]["RejectionReasonView"][];
        };
        KeepReferralStandingDto: {
            /**
             * @description Why the referral stays standing when the candidate is placed elsewhere
             * @example BBL-opleiding naast de baan bij dezelfde werkgever
             */
            note: string;
        };
        KeptStandingView: {
            /** @example 2026-12-03T10:15:00.000Z */
            at: string;
            /**
             * @description The advisor or admin (their subject)
             * @example uwv-27
             */
            by: string;
            /** @example BBL-opleiding naast de baan bij dezelfde werkgever */
            note: string;
        };
        LeaveCandidateDto: {
            /**
             * @description removed: taken off the platform by the PI (released elsewhere, transferred, other); window-passed: released too long ago; consent-withdrawn: no longer takes part
             * @default removed
             * @example removed
             * @enum {string}
             */
            reason: "window-passed" | "consent-withdrawn" | "removed";
        };
        NeverUsedDataView: {
            /** @example BSN */
            data: string;
            /** @example Er is geen kolom voor; een onbekend veld wordt met 400 geweigerd */
            how: string;
            /**
             * @example hand
             * @enum {string}
             */
            source: "code" | "hand";
        };
        PiFunnelView: {
            /** @example PI Vught */
            name: string;
            /**
             * @description Release within the horizon (180 days) and not more than 90 days past
             * @example 42
             */
            nearingRelease: number;
            /** @example PI-VUGHT */
            piCode: string;
            /**
             * @description Of those nearing release: placed by at least one referral
             * @example 4
             */
            placed: number;
            /**
             * @description Of those placed: with a placement its employer or school confirmed to hold 3 months after the start
             * @example 3
             */
            placedHolding3Months: number;
            /**
             * @description Of those placed: with a placement its employer or school confirmed to hold 6 months after the start
             * @example 2
             */
            placedHolding6Months: number;
            /**
             * @description Of those nearing release: referred at least once (any referral, whatever became of it)
             * @example 9
             */
            referred: number;
            /**
             * @description Of those: holding at least one valid certificate
             * @example 30
             */
            withCertificate: number;
            /**
             * @description Of those nearing release: with at least one suggestion that is not expired
             * @example 21
             */
            withSuggestion: number;
        };
        Problem: {
            /** @example Invalid input: preferences.sectors */
            detail: string;
            errors?: {
                /** @example preferences.sectors */
                field: string;
                /** @example must be an array */
                message: string;
            }[];
            /** @example 3f1c9a52-8d0e-4b1f-9a43-2f6f3c1d7e10 */
            requestId: string;
            /** @example 400 */
            status: number;
            /** @example Bad request */
            title: string;
            /** @example urn:bridge:problem:bad-request */
            type: string;
        };
        QualificationShortfallView: {
            /** @example 25252 */
            crebo: string;
            /**
             * @description Openings left of open vacancies requiring it
             * @example 3
             */
            openings: number;
            /**
             * @description Seats left of open school places requiring it
             * @example 4
             */
            seats: number;
            /** @example Transport, scheepvaart en logistiek */
            sector: string;
            /** @example Logistiek medewerker */
            title: string;
        };
        QueuedSuggestionCandidateView: {
            /**
             * Format: date
             * @example 2027-02-14
             */
            expectedReleaseDate: string;
            /**
             * @description Whether the candidate has at least one accepted suggestion (this one or another), whatever its referral became
             * @example false
             */
            hasAcceptedSuggestion: boolean;
            /** @example PI-VUGHT */
            piCode: string;
            /** @example AM27 */
            regionCode: string;
        };
        QueuedSuggestionListView: {
            items: components["schemas"]["QueuedSuggestionView"][];
            /** @example null */
            nextCursor: string | null;
        };
        QueuedSuggestionView: {
            candidate: components["schemas"]["QueuedSuggestionCandidateView"];
            /** @example 5d0c0a52-5c7e-4c3e-9a43-3d3f8e4f1a7b */
            candidateId: string;
            /** @example 2026-11-02T09:30:00.000Z */
            createdAt: string;
            /**
             * @description Of an expired suggestion: its target no longer passes a hard rule (or the candidate left the window), it scores below the minimum, or better targets took the open places of the candidate's list
             * @example outranked
             * @enum {string}
             */
            expiryReason?: "no-longer-matches" | "below-min-score" | "outranked" | "placed";
            explanation: components["schemas"]["ExplanationFactorView"][];
            /** @example 9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f */
            id: string;
            /** @example Too far from the return municipality */
            note?: string;
            /**
             * @description Of a rejected suggestion
             * @example other
             */
            reasonCode?: string;
            /** @description Of an accepted suggestion */
            referral?: components["schemas"]["SuggestionReferralView"];
            /** @example 2026-11-03T10:15:00.000Z */
            reviewedAt?: string;
            /**
             * @description The advisor who reviewed it
             * @example uwv-27
             */
            reviewedBy?: string;
            /**
             * @description MATCH_RULES_VERSION of the rules that computed it (1 for those made before versions were recorded)
             * @example 1
             */
            rulesVersion: number;
            /** @example 0.812 */
            score: number;
            /**
             * Format: date
             * @description Snoozed: out of the advisor’s queue until this day, when it returns by itself (Dutch calendar)
             * @example null
             */
            snoozedUntil: string | null;
            /** @example null */
            snoozeNote: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            snoozeReasonCode: "awaiting-vog" | "awaiting-release-date" | "candidate-unavailable" | "awaiting-target" | "other" | null;
            /**
             * @example suggested
             * @enum {string}
             */
            status: "suggested" | "accepted" | "rejected" | "expired";
            /**
             * @example {
             *       "title": "Medewerker houtbewerking",
             *       "municipalityCode": "GM0855",
             *       "startDate": "2027-03-01",
             *       "employerId": "…"
             *     }
             */
            target: Record<string, never>;
            /**
             * @description The vacancy or school place
             * @example 3f6b2a1c-8d4e-4b7a-9c2d-1e5f6a7b8c9d
             */
            targetId: string;
            /**
             * @example vacancy
             * @enum {string}
             */
            type: "vacancy" | "school-place";
        };
        RecordedResultView: {
            /**
             * Format: date
             * @description The day it was computed for (not recorded: the day it was last written)
             * @example 2026-12-08
             */
            asOf: string;
            explanation: components["schemas"]["ExplanationFactorView"][];
            /** @example 1 */
            rulesVersion: number;
            /** @example 0.812 */
            score: number;
            /**
             * @description Fingerprint of the settings, weights and bound it was computed with; "" when not recorded
             * @example 4f1c…
             */
            settingsFingerprint: string;
        };
        ReferenceCodeView: {
            /** @example AM01 */
            code: string;
            /** @example Groningen */
            name: string;
        };
        ReferralListView: {
            items: components["schemas"]["ReferralView"][];
            /** @example null */
            nextCursor: string | null;
        };
        ReferralView: {
            /**
             * Format: date
             * @description The expected release date
             * @example 2027-03-15
             */
            availableFrom: string;
            /** @description The valid certificates when the referral was made */
            certificates: components["schemas"]["CandidateCertificateView"][];
            /** @example 2026-12-01T09:30:00.000Z */
            createdAt: string;
            /**
             * @description The referral id (quoted when recording a placement)
             * @example 0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10
             */
            id: string;
            /**
             * @description The labour market region the candidate returns to
             * @example AM27
             */
            regionCode: string;
            /**
             * @example referred
             * @enum {string}
             */
            status: "referred" | "placed" | "declined" | "withdrawn";
            /**
             * @description The vacancy or school place
             * @example 9a4e2f7c-1b3d-4c8e-a5f6-7d9b0c1e2f3a
             */
            targetId: string;
            /**
             * @example vacancy
             * @enum {string}
             */
            type: "vacancy" | "school-place";
            /**
             * @description Of a withdrawn referral: the candidate left, withdrew consent, or was placed elsewhere; null otherwise (and for a referral withdrawn by a transfer to another PI)
             * @example null
             * @enum {string|null}
             */
            withdrawalReason: "candidate-left" | "consent-withdrawn" | "placed-elsewhere" | null;
        };
        RegionFunnelView: {
            /** @example Noordoost-Brabant */
            name: string;
            /**
             * @description Release within the horizon (180 days) and not more than 90 days past
             * @example 42
             */
            nearingRelease: number;
            /**
             * @description Of those nearing release: placed by at least one referral
             * @example 4
             */
            placed: number;
            /**
             * @description Of those placed: with a placement its employer or school confirmed to hold 3 months after the start
             * @example 3
             */
            placedHolding3Months: number;
            /**
             * @description Of those placed: with a placement its employer or school confirmed to hold 6 months after the start
             * @example 2
             */
            placedHolding6Months: number;
            /**
             * @description Of those nearing release: referred at least once (any referral, whatever became of it)
             * @example 9
             */
            referred: number;
            /** @example AM27 */
            regionCode: string;
            /**
             * @description Of those: holding at least one valid certificate
             * @example 30
             */
            withCertificate: number;
            /**
             * @description Of those nearing release: with at least one suggestion that is not expired
             * @example 21
             */
            withSuggestion: number;
        };
        RegionReviewBehaviourView: {
            figures: components["schemas"]["ReviewFiguresView"] | null;
            /** @example Noordoost-Brabant */
            label: string;
            /** @example AM27 */
            regionCode: string;
            /**
             * @description Fewer than 10 reviews, or withheld so a smaller one cannot be recovered by subtraction
             * @example false
             */
            suppressed: boolean;
        };
        RegisterCandidateDto: {
            consent: components["schemas"]["CandidateConsentDto"];
            /**
             * @description DJI registration number; stored only as a keyed hash
             * @example 1234567
             */
            djiNumber: string;
            /**
             * @description Municipalities the candidate must not work or study in; no reason is stored
             * @example [
             *       "GM0363"
             *     ]
             */
            excludedMunicipalities?: string[];
            /**
             * Format: date
             * @example 2027-03-15
             */
            expectedReleaseDate: string;
            /** @example PI-VUGHT */
            piCode: string;
            preferences?: components["schemas"]["CandidatePreferencesDto"];
            /**
             * @description CBS code of the municipality the candidate returns to
             * @example GM0344
             */
            returnMunicipalityCode: string;
            /**
             * @example likely
             * @enum {string}
             */
            vogOutlook: "unknown" | "likely" | "unlikely";
        };
        RegisterFieldView: {
            /**
             * @example decisionProcess
             * @enum {string}
             */
            field: "name" | "organisation" | "goalAndImpact" | "proportionality" | "decisionProcess" | "riskManagement" | "legalBasis" | "dataSources" | "sourceLinks";
            /**
             * @description The register’s own label (Dutch)
             * @example Besluitvorming en menselijke tussenkomst
             */
            label: string;
            /**
             * @description code: generated from the definitions in the code; hand: written by hand
             * @example code
             * @enum {string}
             */
            source: "code" | "hand";
            /** @example Een UWV-adviseur beoordeelt elke suggestie afzonderlijk … */
            text: string;
        };
        RejectionReasonCountView: {
            /** @example 3 */
            count: number;
            /** @example not-suitable */
            reasonCode: string;
        };
        RejectionReasonRateView: {
            /** @example 3 */
            count: number;
            /**
             * @description Of all reviews (0..1)
             * @example 0.25
             */
            rate: number;
            /** @example not-suitable */
            reasonCode: string;
        };
        RejectionReasonView: {
            /** @example candidate-declined */
            code: string;
            /** @example De kandidaat wil dit niet */
            nl: string;
        };
        ReplayDifferenceView: {
            /**
             * @description score, a factor (its value), or <factor>.weight
             * @example distance
             */
            factor: string;
            /** @example 0.733 */
            recorded: number | null;
            /** @example 0.6 */
            replayed: number | null;
        };
        ReplayedResultView: {
            /**
             * @description The hard rule that now excludes the pair
             * @example null
             */
            excludedBy: string | null;
            explanation: components["schemas"]["ExplanationFactorView"][];
            /** @example 1 */
            rulesVersion: number;
            /**
             * @description null when a hard rule now excludes the pair
             * @example 0.812
             */
            score: number | null;
            /** @example 4f1c… */
            settingsFingerprint: string;
        };
        RetentionView: {
            /** @example Antwoorden op een Idempotency-Key */
            data: string;
            /** @example 24 uur, daarna verwijderd */
            period: string;
            /**
             * @example code
             * @enum {string}
             */
            source: "code" | "hand";
        };
        ReviewBehaviourView: {
            /**
             * Format: date
             * @example 2026-11-28
             */
            asOf: string;
            /** @description All reviews, nationally */
            national: components["schemas"]["ReviewFiguresView"];
            /** @description Per return region of the reviewed candidates, by code */
            regions: components["schemas"]["RegionReviewBehaviourView"][];
            /** @example 10 */
            suppressionThreshold: number;
        };
        ReviewFiguresView: {
            /**
             * @description Accepted / reviews
             * @example 0.5
             */
            acceptanceRate: number | null;
            /**
             * @description Median days (1 decimal) from a suggestion to its review
             * @example 1.5
             */
            medianDaysToReview: number | null;
            /** @description Rejections per reason code, most first */
            rejectionReasons: components["schemas"]["RejectionReasonRateView"][];
            /**
             * @description Suggestions accepted or rejected by an advisor
             * @example 12
             */
            reviews: number;
        };
        ReviewSuggestionDto: {
            /**
             * @description accept makes the suggestion a referral
             * @example reject
             * @enum {string}
             */
            decision: "accept" | "reject";
            /**
             * @description Required when reasonCode is other
             * @example Kandidaat kiest voor een opleiding in Tilburg
             */
            note?: string;
            /**
             * @description Required for a rejection; not allowed for an acceptance
             * @example other
             * @enum {string}
             */
            reasonCode?: "not-suitable" | "candidate-declined" | "target-unsuitable" | "other";
        };
        RuleParameterView: {
            /**
             * @description The value without configuration
             * @example 45
             */
            default: number;
            /**
             * @description Its name in the code
             * @example maxKm
             */
            name: string;
            /**
             * @description The setting (environment variable) that configures it; null: fixed in code
             * @example null
             */
            setting: string | null;
            /** @example km */
            unit: string;
            /**
             * @description The value this service runs with
             * @example 45
             */
            value: number;
        };
        ScoreFactorView: {
            /**
             * @example [
             *       "regionCode",
             *       "municipalityCode"
             *     ]
             */
            candidateData: string[];
            /** @example The nearer the return municipality, the higher … */
            en: string;
            /**
             * @example distance
             * @enum {string}
             */
            factor: "qualifications" | "distance" | "timing" | "covenantPi" | "preferences";
            /** @example Hoe dichter bij de terugkeergemeente, hoe hoger … */
            nl: string;
            parameters: components["schemas"]["RuleParameterView"][];
            /**
             * @example [
             *       "regionCode",
             *       "municipalityCode"
             *     ]
             */
            targetData: string[];
            /**
             * @description Its weight in the score (WEIGHTS)
             * @example 0.25
             */
            weight: number;
        };
        SharedFieldView: {
            /** @example availableFrom */
            field: string;
            /** @example De verwachte vrijlatingsdatum */
            nl: string;
        };
        SnoozeSuggestionDto: {
            /**
             * @description Required when reasonCode is other
             * @example VOG aangevraagd, uitslag verwacht half januari
             */
            note?: string;
            /**
             * @example awaiting-vog
             * @enum {string}
             */
            reasonCode: "awaiting-vog" | "awaiting-release-date" | "candidate-unavailable" | "awaiting-target" | "other";
            /**
             * Format: date
             * @description The day the suggestion returns to the queue: after today and at most 180 days ahead (Dutch calendar)
             * @example 2027-01-15
             */
            until: string;
        };
        SourceLinkView: {
            /** @example De harde regels en de score */
            label: string;
            /**
             * @description From the repository root
             * @example apps/matching/src/app/match-rules/match-rules.ts
             */
            path: string;
        };
        SuggestionBoundView: {
            /** @example At most 20 open suggestions per candidate … */
            en: string;
            /** @example Per kandidaat hoogstens 20 open suggesties … */
            nl: string;
            parameters: components["schemas"]["RuleParameterView"][];
        };
        SuggestionListView: {
            items: components["schemas"]["SuggestionView"][];
            /** @example null */
            nextCursor: string | null;
        };
        SuggestionReferralView: {
            /** @example 0b8f3c1e-7d2a-4f59-9a61-2c4e8d7b5a10 */
            id: string;
            /**
             * @example referred
             * @enum {string}
             */
            status: "referred" | "placed" | "declined" | "withdrawn";
        };
        SuggestionReplayView: {
            differences: components["schemas"]["ReplayDifferenceView"][];
            /**
             * @description Why it is not replayable
             * @example null
             */
            reason: string | null;
            recorded: components["schemas"]["RecordedResultView"];
            /**
             * @description false for a suggestion computed before its inputs were recorded
             * @example true
             */
            replayable: boolean;
            replayed: components["schemas"]["ReplayedResultView"] | null;
            /**
             * @description Replayed exactly as recorded (score, factor values and weights)
             * @example true
             */
            same: boolean;
            /** @example 9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f */
            suggestionId: string;
        };
        SuggestionView: {
            /** @example 5d0c0a52-5c7e-4c3e-9a43-3d3f8e4f1a7b */
            candidateId: string;
            /** @example 2026-11-02T09:30:00.000Z */
            createdAt: string;
            /**
             * @description Of an expired suggestion: its target no longer passes a hard rule (or the candidate left the window), it scores below the minimum, or better targets took the open places of the candidate's list
             * @example outranked
             * @enum {string}
             */
            expiryReason?: "no-longer-matches" | "below-min-score" | "outranked" | "placed";
            explanation: components["schemas"]["ExplanationFactorView"][];
            /** @example 9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f */
            id: string;
            /** @example Too far from the return municipality */
            note?: string;
            /**
             * @description Of a rejected suggestion
             * @example other
             */
            reasonCode?: string;
            /** @description Of an accepted suggestion */
            referral?: components["schemas"]["SuggestionReferralView"];
            /** @example 2026-11-03T10:15:00.000Z */
            reviewedAt?: string;
            /**
             * @description The advisor who reviewed it
             * @example uwv-27
             */
            reviewedBy?: string;
            /**
             * @description MATCH_RULES_VERSION of the rules that computed it (1 for those made before versions were recorded)
             * @example 1
             */
            rulesVersion: number;
            /** @example 0.812 */
            score: number;
            /**
             * Format: date
             * @description Snoozed: out of the advisor’s queue until this day, when it returns by itself (Dutch calendar)
             * @example null
             */
            snoozedUntil: string | null;
            /** @example null */
            snoozeNote: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            snoozeReasonCode: "awaiting-vog" | "awaiting-release-date" | "candidate-unavailable" | "awaiting-target" | "other" | null;
            /**
             * @example suggested
             * @enum {string}
             */
            status: "suggested" | "accepted" | "rejected" | "expired";
            /**
             * @example {
             *       "title": "Medewerker houtbewerking",
             *       "municipalityCode": "GM0855",
             *       "startDate": "2027-03-01",
             *       "employerId": "…"
             *     }
             */
            target: Record<string, never>;
            /**
             * @description The vacancy or school place
             * @example 3f6b2a1c-8d4e-4b7a-9c2d-1e5f6a7b8c9d
             */
            targetId: string;
            /**
             * @example vacancy
             * @enum {string}
             */
            type: "vacancy" | "school-place";
        };
        UpdateCandidateDto: {
            consent?: components["schemas"]["CandidateConsentDto"];
            /**
             * @description Municipalities the candidate must not work or study in; no reason is stored
             * @example [
             *       "GM0363"
             *     ]
             */
            excludedMunicipalities?: string[];
            /**
             * Format: date
             * @example 2027-03-15
             */
            expectedReleaseDate?: string;
            preferences?: components["schemas"]["CandidatePreferencesDto"];
            /**
             * @description CBS code of the municipality the candidate returns to
             * @example GM0344
             */
            returnMunicipalityCode?: string;
            /**
             * @example likely
             * @enum {string}
             */
            vogOutlook?: "unknown" | "likely" | "unlikely";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AdminReindexController_reindex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description every document is queued; the indexes are rebuilt in the background */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may never do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AlgorithmController_describe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlgorithmView"];
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may never do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                /** @description Entries of this user (the `sub` of their token) */
                actor?: string;
                /** @description Entries about this candidate */
                candidateId?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description From this instant, or from the start of this day in the Netherlands */
                from?: string;
                limit?: number;
                /** @description Up to this instant, or to the end of this day in the Netherlands */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryListView"];
                };
            };
            /** @description A candidateId that is no UUID, a bad from or to (or to before from), a bad limit or cursor, or an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only admins read the audit log */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DevTokenController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description education-provider
                     * @example 25LX
                     */
                    brin?: string;
                    /** @description employer */
                    employerId?: string;
                    /**
                     * @description workshop-leader, casemanager
                     * @example PI-VUGHT
                     */
                    pi?: string;
                    /** @description uwv-advisor */
                    regions?: string[];
                    /** @enum {string} */
                    role: "workshop-leader" | "casemanager" | "employer" | "education-provider" | "uwv-advisor" | "admin";
                    /** @example casemanager-1 */
                    sub: string;
                };
            };
        };
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the dev-token rate limit; try again after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CandidatesController_list: {
        parameters: {
            query?: {
                /** @description Whether the candidate consents to share an anonymised profile (consent.shareAnonymisedProfile) */
                consent?: boolean;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description With (true) or without (false) at least one valid certificate */
                hasCertificate?: boolean;
                limit?: number;
                /** @description Candidates of this penitentiary institution */
                pi?: string;
                /** @description Candidates returning to this labour market region; outside an advisor's own regions there are none */
                region?: string;
                /** @description Candidates expected to be released within this many days from today (in the Netherlands), or earlier */
                releaseWithinDays?: number;
                /** @description Still on the platform (active) or left */
                status?: "active" | "left";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateListView"];
                };
            };
            /** @description Unknown PI, region or status, releaseWithinDays not 0..3650, hasCertificate or consent not true/false, a bad limit or cursor, or an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Employers and education providers do not see candidates */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CandidatesController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1–255 visible ASCII characters, e.g. a UUID. Retrying with the same key (same caller, same body) answers the first result again, with "Idempotent-Replayed: true", and creates nothing; the same key with another body or on another route is a 409. Keys are kept 24 hours per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterCandidateDto"];
            };
        };
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateView"];
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may never do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a candidate with this DJI number is already registered at this PI */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unknown PI or municipality */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the registration rate limit; try again after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CandidatesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateView"];
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may never do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CandidatesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCandidateDto"];
            };
        };
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateView"];
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may never do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the candidate has left the platform */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unknown municipality */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuggestionsController_decisions: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionListView"];
                };
            };
            /** @description The id is not a UUID, a bad limit or cursor, or an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only PI casemanagers, UWV advisors and admins see decisions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description candidate not found or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CandidateExclusionsController_forCandidate: {
        parameters: {
            query?: {
                /** @description Only targets in the candidate’s reach: in its return region or within the radius of the match rules, so none excluded as too far (at national size nearly every open target lies far away; this is the list an advisor reads). Ignored with targetId. */
                inReach?: boolean;
                /** @description Explain only this vacancy or school place (open or not); 404 when matching knows no such target */
                targetId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateExclusionView"][];
                };
            };
            /** @description An id or targetId that is no UUID, or an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only UWV advisors and admins see exclusions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such candidate in your regions, or no such target (naming targetId) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CandidatesController_leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaveCandidateDto"];
            };
        };
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateView"];
                };
            };
            /** @description unknown field or reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description only casemanagers and admins take candidates off the platform */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not found or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the candidate has left already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CandidateReferralsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                status?: "referred" | "placed" | "declined" | "withdrawn";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateReferralListView"];
                };
            };
            /** @description The id is not a UUID; an unknown status, a bad limit or cursor, or an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Workshop leaders, employers and education providers do not follow a candidate’s referrals */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Candidate not found or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuggestionsController_forCandidate: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                status?: "suggested" | "accepted" | "rejected" | "expired";
                type?: "vacancy" | "school-place";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionListView"];
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may never do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description candidate not found or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CandidatesController_lookup: {
        parameters: {
            query: {
                djiNumber: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateView"];
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may never do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no candidate with this DJI number in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the dji-lookup rate limit; try again after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Every dependency is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "up": true
                         *       },
                         *       "bus": {
                         *         "up": true
                         *       },
                         *       "search": {
                         *         "up": true
                         *       }
                         *     }
                         */
                        checks: {
                            [key: string]: {
                                details?: Record<string, never>;
                                up: boolean;
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "down";
                    };
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "up": true
                         *       },
                         *       "bus": {
                         *         "up": true
                         *       },
                         *       "search": {
                         *         "up": true
                         *       }
                         *     }
                         */
                        checks: {
                            [key: string]: {
                                details?: Record<string, never>;
                                up: boolean;
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "down";
                    };
                };
            };
        };
    };
    CertificateOutcomesController_get: {
        parameters: {
            query?: {
                /** @description The candidates of this PI (admin: any, else all PI’s; a workshop leader: its own, the default — another PI is a 404) */
                pi?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateOutcomesView"];
                    "text/csv": components["schemas"]["CertificateOutcomesView"];
                };
            };
            /** @description An unknown PI code, or an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only admins and workshop leaders see certificate outcomes */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A workshop leader asking for another PI (naming pi) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InsightsController_coverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageView"];
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only admins see the coverage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FairnessController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairnessView"];
                    "text/csv": components["schemas"]["FairnessView"];
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only admins see the fairness figures */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InsightsController_funnel: {
        parameters: {
            query?: {
                /** @description Candidates of this penitentiary institution */
                pi?: string;
                /** @description Candidates returning to this labour market region; outside an advisor's own regions there are none */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunnelView"];
                    "text/csv": components["schemas"]["FunnelView"];
                };
            };
            /** @description Unknown region or PI code, or an unknown parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only admins and UWV advisors see the funnel */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewBehaviourController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewBehaviourView"];
                    "text/csv": components["schemas"]["ReviewBehaviourView"];
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only admins (the DJI’s regional coordinator) see review behaviour */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                status?: "referred" | "placed" | "declined" | "withdrawn";
                /** @description Only the referrals to this vacancy or school place (yours); another party’s or an unknown one gives an empty page */
                targetId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralListView"];
                };
            };
            /** @description Unknown status, a targetId that is not 1-64 characters, bad limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only employers and education providers have referrals */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineReferralDto"];
            };
        };
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralView"];
                };
            };
            /** @description Unknown field, or a note that is not text or too long */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only employers and education providers have referrals */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such referral to your own vacancies or school places */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The referral is not referred any more (placed, declined or withdrawn) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_keepStanding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeepReferralStandingDto"];
            };
        };
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateReferralView"];
                };
            };
            /** @description The id is not a UUID; a missing, blank or too long note, or an unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only UWV advisors and admins keep referrals standing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such referral, or its candidate is outside your regions */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The referral is not referred any more (placed, declined or withdrawn) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuggestionsController_queue: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Candidates of this penitentiary institution */
                pi?: string;
                /** @description Candidates returning to this labour market region; outside an advisor's own regions there are none */
                region?: string;
                /** @description false (default): without the suggestions snoozed until a later day; true: only those (a snooze ends on its day by itself) */
                snoozed?: boolean;
                status?: "suggested" | "accepted" | "rejected" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedSuggestionListView"];
                    "text/csv": components["schemas"]["QueuedSuggestionListView"];
                };
            };
            /** @description Unknown status, region or PI code, a bad limit, cursor or snoozed, or an unknown parameter; a CSV export of more than 10000 rows (narrow it with region, pi, status or snoozed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only UWV advisors and admins see the queue */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuggestionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedSuggestionView"];
                };
            };
            /** @description The id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Workshop leaders, employers and education providers do not see suggestions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such suggestion for a candidate in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuggestionsController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionReplayView"];
                };
            };
            /** @description The id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only admins replay suggestions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such suggestion */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuggestionsController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewSuggestionDto"];
            };
        };
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionView"];
                };
            };
            /** @description Unknown field or decision; a rejection without reasonCode, other without note, or an acceptance with a reasonCode */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only UWV advisors review suggestions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such suggestion for a candidate of your regions */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not suggested (reviewed or expired already), or accepting without the candidate’s consent */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuggestionsController_snooze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnoozeSuggestionDto"];
            };
        };
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionView"];
                };
            };
            /** @description Unknown field or reason code, other without note, until not a date, not after today or more than 180 days ahead */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only UWV advisors and admins snooze suggestions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such suggestion for a candidate of your regions */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not suggested (reviewed or expired), or its candidate left */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuggestionsController_unsnooze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other client errors (404 not found or out of scope, 409 conflict, 422 unknown reference) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionView"];
                };
            };
            /** @description Malformed or invalid input; `errors` name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only UWV advisors and admins snooze suggestions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such suggestion for a candidate of your regions */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The suggestion is not snoozed (or no longer suggested) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
