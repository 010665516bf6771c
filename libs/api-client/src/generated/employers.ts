// Generated from the employers service's OpenAPI document by tools/openapi/write-api-types.mjs.
// Do not edit: run `npx nx run api-client:generate`.

export interface paths {
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
    "/covenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Covenants: all for an admin, its own for an employer or an education provider (its BRIN); newest first */
        get: operations["CovenantsController_list"];
        put?: never;
        /**
         * Record a covenant signed by an employer or a school
         * @description Emits employers.covenant.signed.v1. Exactly one of employerId and brin; validTo on or after validFrom.
         */
        post: operations["CovenantsController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/covenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A covenant (an employer or an education provider only its own) */
        get: operations["CovenantsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a covenant (any create field but employerId and brin)
         * @description Emits employers.covenant.changed.v1 with the whole new state; version + 1.
         */
        patch: operations["CovenantsController_update"];
        trace?: never;
    };
    "/covenants/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a covenant on endedOn (default today), which becomes its validTo
         * @description Emits employers.covenant.ended.v1; version + 1. Its open vacancies close (employers.vacancy.closed.v1, reason covenant-ended): at once when endedOn is today or earlier, else by the timed job on endedOn.
         */
        post: operations["CovenantsController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every employer, by name then id (admin); q matches part of the name or the start of the KvK number */
        get: operations["EmployersController_list"];
        put?: never;
        /** Register a covenant employer */
        post: operations["EmployersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An employer (admin, or that employer itself) */
        get: operations["EmployersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an employer’s name, municipality or sector (admin); the KvK number does not change
         * @description Each field checked as on a create; null clears only sector. An empty body is a 400 (body); kvkNumber is an unknown field (400).
         */
        patch: operations["EmployersController_update"];
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
    "/placements/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Placement checkpoints, 3 and 6 months after the start date: on the employer’s own vacancies (admin: all), due ones first
         * @description ?status=due (default: reached and not answered), recorded or all (also those not reached yet).
         */
        get: operations["PlacementFollowUpsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vacancies: all for an admin, its own for an employer; newest first */
        get: operations["VacanciesController_list"];
        put?: never;
        /**
         * Publish a vacancy under a covenant (an employer under its own)
         * @description Emits employers.vacancy.published.v1. The vacancy opens with all openings left, version 1.
         */
        post: operations["VacanciesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A vacancy (an employer only its own) */
        get: operations["VacanciesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an open vacancy (any create field but covenantId)
         * @description Emits employers.vacancy.updated.v1 with the whole new state; version + 1.
         */
        patch: operations["VacanciesController_update"];
        trace?: never;
    };
    "/vacancies/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an open vacancy
         * @description Emits employers.vacancy.closed.v1 (reason closed-by-employer); the free-text reason is not in the event.
         */
        post: operations["VacanciesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the placement of a referral: takes one opening atomically, the last sets filled
         * @description Emits employers.vacancy.placement-recorded.v1; version + 1.
         */
        post: operations["VacanciesController_recordPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/placements/{placementId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record whether a placement still holds at 3 or 6 months after the start date
         * @description Emits employers.vacancy.placement-followed-up.v1. A placement that no longer holds also answers its later checkpoint (holds false, the same endedOn), with an event of its own.
         */
        post: operations["VacanciesController_recordFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        CloseVacancyDto: {
            /**
             * @description Why the employer closes it (kept here, not in the event)
             * @example Intern ingevuld
             */
            reason?: string;
        };
        CovenantListView: {
            items: components["schemas"]["CovenantView"][];
            /**
             * @description Pass as ?cursor= for the next page; null on the last page
             * @example WyIyMDI2LTExLTI4VDEwOjAwOjAwLjAwMFoiLCI2ZWMwYmQ3ZiJd
             */
            nextCursor: string | null;
        };
        CovenantView: {
            /**
             * @description Whether today (Europe/Amsterdam) lies within [validFrom, validTo]
             * @example true
             */
            active: boolean;
            /** @example null */
            brin: string | null;
            /**
             * Format: date-time
             * @example 2026-11-28T10:00:00.000Z
             */
            createdAt: string;
            /** @example 0f8fad5b-d9cb-469f-a165-70867728950e */
            employerId: string | null;
            /**
             * Format: date
             * @description The day an admin ended the covenant (then also its validTo); null while not ended
             * @example null
             */
            endedOn: string | null;
            /** @example 3b241101-e2bb-4255-8caf-4136c566a962 */
            id: string;
            /** @example Convenant Houtbewerking Midden-Brabant 2026 */
            name: string;
            /**
             * @example [
             *       "PI-VUGHT"
             *     ]
             */
            piCodes: string[];
            /** @example 4 */
            placementsPerYear: number | null;
            /**
             * @example [
             *       "AM18"
             *     ]
             */
            regionCodes: string[];
            /**
             * @example [
             *       "werkmeester als buddy"
             *     ]
             */
            support: string[];
            /**
             * Format: date
             * @example 2026-01-01
             */
            validFrom: string;
            /**
             * Format: date
             * @example 2027-12-31
             */
            validTo: string;
            /**
             * @description Aggregate version, as on its events
             * @example 1
             */
            version: number;
        };
        CreateCovenantDto: {
            /**
             * @description The signing school’s BRIN code (exactly one of employerId and brin)
             * @example 25LX
             */
            brin?: string;
            /**
             * @description The signing employer (exactly one of employerId and brin)
             * @example 0f8fad5b-d9cb-469f-a165-70867728950e
             */
            employerId?: string;
            /** @example Convenant Houtbewerking Midden-Brabant 2026 */
            name: string;
            /**
             * @description Penitentiary institutions the covenant works with
             * @example [
             *       "PI-VUGHT"
             *     ]
             */
            piCodes: string[];
            /**
             * @description Placements the signatory aims for each year; leave out (or null) when the covenant names no number
             * @example 4
             */
            placementsPerYear?: number | null;
            /**
             * @description Labour market regions covered
             * @example [
             *       "AM18"
             *     ]
             */
            regionCodes: string[];
            /**
             * @example [
             *       "werkmeester als buddy",
             *       "reiskostenvergoeding"
             *     ]
             */
            support?: string[];
            /**
             * Format: date
             * @example 2026-01-01
             */
            validFrom: string;
            /**
             * Format: date
             * @description On or after validFrom; the covenant is in force on both days
             * @example 2027-12-31
             */
            validTo: string;
        };
        CreateEmployerDto: {
            /**
             * @description KvK (Chamber of Commerce) number: 8 digits
             * @example 12345678
             */
            kvkNumber: string;
            /**
             * @description CBS municipality code of the establishment
             * @example GM0363
             */
            municipalityCode: string;
            /** @example Houtbewerking Van Dijk B.V. */
            name: string;
            /**
             * @description Free text; preferably an MBO sector (opleidingsdomein) such as those of GET /qualifications
             * @example Afbouw, hout en onderhoud
             */
            sector?: string | null;
        };
        CreateVacancyDto: {
            /**
             * @description An active covenant of the employer
             * @example 3b241101-e2bb-4255-8caf-4136c566a962
             */
            covenantId: string;
            /** @example Zagen, schaven en monteren in onze werkplaats; begeleiding door een vaste werkmeester. */
            description?: Record<string, never> | null;
            /**
             * Format: date
             * @description Last day the vacancy is open; today or later
             * @example 2027-01-15
             */
            expiresOn?: Record<string, never> | null;
            /** @example 32 */
            hoursPerWeek: number;
            /**
             * @description CBS code of the place of work
             * @example GM0855
             */
            municipalityCode: string;
            /** @example 2 */
            openings: number;
            /**
             * @description Crebo codes that count in a candidate’s favour
             * @example [
             *       "25008"
             *     ]
             */
            preferredQualifications?: string[];
            /**
             * @description Crebo codes a candidate must hold
             * @example [
             *       "25007"
             *     ]
             */
            requiredQualifications: string[];
            /**
             * @description Whether the job needs a certificate of conduct (VOG)
             * @example false
             */
            requiresVog: boolean;
            /**
             * Format: date
             * @description The covenant must be in force on this day
             * @example 2027-02-01
             */
            startDate: string;
            /** @example Medewerker houtbewerking */
            title: string;
        };
        EmployerListView: {
            items: components["schemas"]["EmployerView"][];
            /**
             * @description Pass as ?cursor= for the next page; null on the last page
             * @example eyJuYW1lIjoiSG91dGJld2Vya2luZyBWYW4gRGlqayBCLlYuIiwiaWQiOiIwZjhmYWQ1YiJ9
             */
            nextCursor: string | null;
        };
        EmployerView: {
            /** @example 0f8fad5b-d9cb-469f-a165-70867728950e */
            id: string;
            /** @example 12345678 */
            kvkNumber: string;
            /** @example GM0363 */
            municipalityCode: string;
            /** @example Houtbewerking Van Dijk B.V. */
            name: string;
            /** @example Afbouw, hout en onderhoud */
            sector: string | null;
        };
        EndCovenantDto: {
            /**
             * Format: date
             * @description The covenant’s last day (its new validTo); today when left out. Within [validFrom, validTo].
             * @example 2026-12-31
             */
            endedOn?: string;
            /**
             * @description Why it ends (kept here, not in the event)
             * @example Werkgever stopt met de werkplaats in Vught
             */
            reason?: string;
        };
        PlacementFollowUpListView: {
            items: components["schemas"]["PlacementFollowUpView"][];
            /**
             * @description Pass as ?cursor= for the next page; null on the last page
             * @example eyJyYW5rIjoiMCIsImR1ZU9uIjoiMjAyNi0xMS0zMCJ9
             */
            nextCursor: string | null;
        };
        PlacementFollowUpView: {
            /**
             * @example 3-months
             * @enum {string}
             */
            checkpoint: "3-months" | "6-months";
            /**
             * Format: date
             * @description The start date plus 3 or 6 calendar months (the last day of a shorter month)
             * @example 2026-11-30
             */
            dueOn: string;
            /**
             * Format: date
             * @description When a placement that no longer holds ended, if known
             * @example null
             */
            endedOn: string | null;
            /**
             * @description Null until answered
             * @example null
             */
            holds: boolean | null;
            /**
             * Format: uuid
             * @example 2f6c1b9e-8d4a-4e7f-9c3b-5a1d0e2f4b6c
             */
            placementId: string;
            /**
             * Format: date-time
             * @description When the answer was recorded; null until answered
             * @example null
             */
            recordedAt: string | null;
            /**
             * Format: uuid
             * @example 9a1d3c2e-7b6f-4e5d-8c4b-3a2f1e0d9c8b
             */
            referralId: string;
            /**
             * Format: date
             * @description The target's start date
             * @example 2026-08-31
             */
            startDate: string;
            /**
             * Format: uuid
             * @description The vacancy or school place
             * @example 6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b
             */
            targetId: string;
            /** @example Medewerker houtbewerking */
            targetTitle: string;
        };
        PlacementView: {
            /** @example 1 */
            openingsLeft: number;
            /**
             * Format: uuid
             * @description The placement, as its follow-ups address it
             * @example 2f6c1b9e-8d4a-4e7f-9c3b-5a1d0e2f4b6c
             */
            placementId: string;
            /** @example 9a1d3c2e-7b6f-4e5d-8c4b-3a2f1e0d9c8b */
            referralId: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "filled" | "closed";
            /** @example 6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b */
            vacancyId: string;
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
        RecordFollowUpDto: {
            /**
             * @example 3-months
             * @enum {string}
             */
            checkpoint: "3-months" | "6-months";
            /**
             * Format: date
             * @description Only when holds is false: the day it ended, if known; not in the future, not before the start date, not after the checkpoint
             * @example 2026-10-15
             */
            endedOn?: string;
            /**
             * @description Whether the candidate is still in the job or course
             * @example true
             */
            holds: boolean;
        };
        RecordPlacementDto: {
            /**
             * @description A referral of matching for this vacancy
             * @example 9a1d3c2e-7b6f-4e5d-8c4b-3a2f1e0d9c8b
             */
            referralId: string;
        };
        UpdateCovenantDto: {
            /** @example Convenant Houtbewerking Midden-Brabant 2026 */
            name?: string;
            /**
             * @description Penitentiary institutions the covenant works with
             * @example [
             *       "PI-VUGHT"
             *     ]
             */
            piCodes?: string[];
            /**
             * @description Placements the signatory aims for each year; leave out (or null) when the covenant names no number
             * @example 4
             */
            placementsPerYear?: number | null;
            /**
             * @description Labour market regions covered
             * @example [
             *       "AM18"
             *     ]
             */
            regionCodes?: string[];
            /**
             * @example [
             *       "werkmeester als buddy",
             *       "reiskostenvergoeding"
             *     ]
             */
            support?: string[];
            /**
             * Format: date
             * @example 2026-01-01
             */
            validFrom?: string;
            /**
             * Format: date
             * @description On or after validFrom; the covenant is in force on both days
             * @example 2027-12-31
             */
            validTo?: string;
        };
        UpdateEmployerDto: {
            /**
             * @description CBS municipality code of the establishment
             * @example GM0363
             */
            municipalityCode?: string;
            /** @example Houtbewerking Van Dijk B.V. */
            name?: string;
            /**
             * @description Free text; preferably an MBO sector (opleidingsdomein) such as those of GET /qualifications
             * @example Afbouw, hout en onderhoud
             */
            sector?: string | null;
        };
        UpdateVacancyDto: {
            /** @example Zagen, schaven en monteren in onze werkplaats; begeleiding door een vaste werkmeester. */
            description?: Record<string, never> | null;
            /**
             * Format: date
             * @description Last day the vacancy is open; today or later
             * @example 2027-01-15
             */
            expiresOn?: Record<string, never> | null;
            /** @example 32 */
            hoursPerWeek?: number;
            /**
             * @description CBS code of the place of work
             * @example GM0855
             */
            municipalityCode?: string;
            /** @example 2 */
            openings?: number;
            /**
             * @description Crebo codes that count in a candidate’s favour
             * @example [
             *       "25008"
             *     ]
             */
            preferredQualifications?: string[];
            /**
             * @description Crebo codes a candidate must hold
             * @example [
             *       "25007"
             *     ]
             */
            requiredQualifications?: string[];
            /**
             * @description Whether the job needs a certificate of conduct (VOG)
             * @example false
             */
            requiresVog?: boolean;
            /**
             * Format: date
             * @description The covenant must be in force on this day
             * @example 2027-02-01
             */
            startDate?: string;
            /** @example Medewerker houtbewerking */
            title?: string;
        };
        VacancyListView: {
            items: components["schemas"]["VacancyView"][];
            /**
             * @description Pass as ?cursor= for the next page; null on the last page
             * @example WyIyMDI2LTExLTI4VDEwOjAwOjAwLjAwMFoiLCI2ZWMwYmQ3ZiJd
             */
            nextCursor: string | null;
        };
        VacancyView: {
            /** @example 3b241101-e2bb-4255-8caf-4136c566a962 */
            covenantId: string;
            /**
             * Format: date-time
             * @example 2026-11-28T10:00:00.000Z
             */
            createdAt: string;
            /** @example Zagen, schaven en monteren in onze werkplaats. */
            description: string | null;
            /** @example 0f8fad5b-d9cb-469f-a165-70867728950e */
            employerId: string;
            /**
             * Format: date
             * @example 2027-01-15
             */
            expiresOn: string | null;
            /** @example 32 */
            hoursPerWeek: number;
            /** @example 6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b */
            id: string;
            /** @example GM0855 */
            municipalityCode: string;
            /** @example 2 */
            openings: number;
            /** @example 2 */
            openingsLeft: number;
            /**
             * @example [
             *       "25008"
             *     ]
             */
            preferredQualifications: string[];
            /**
             * @description Labour market region of the municipality
             * @example AM26
             */
            regionCode: string;
            /**
             * @example [
             *       "25007"
             *     ]
             */
            requiredQualifications: string[];
            /** @example false */
            requiresVog: boolean;
            /**
             * @description The employer’s sector
             * @example Afbouw, hout en onderhoud
             */
            sector: string | null;
            /**
             * Format: date
             * @example 2027-02-01
             */
            startDate: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "filled" | "closed";
            /** @example Medewerker houtbewerking */
            title: string;
            /**
             * @description Aggregate version, as on its events
             * @example 1
             */
            version: number;
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
    CovenantsController_list: {
        parameters: {
            query?: {
                /** @description In force today (true) or not (false) */
                active?: boolean;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Covenants naming this penitentiary institution */
                pi?: string;
                /** @description Covenants covering this labour market region */
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
                    "application/json": components["schemas"]["CovenantListView"];
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
    CovenantsController_sign: {
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
                "application/json": components["schemas"]["CreateCovenantDto"];
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
                    "application/json": components["schemas"]["CovenantView"];
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
            /** @description Unknown employerId, region or PI code */
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
    CovenantsController_get: {
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
                    "application/json": components["schemas"]["CovenantView"];
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
            /** @description No such covenant, or not the caller’s (another employer’s or school’s) */
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
    CovenantsController_update: {
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
                "application/json": components["schemas"]["UpdateCovenantDto"];
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
                    "application/json": components["schemas"]["CovenantView"];
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
            /** @description No such covenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The covenant has ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown region or PI code */
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
    CovenantsController_end: {
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
                "application/json": components["schemas"]["EndCovenantDto"];
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
                    "application/json": components["schemas"]["CovenantView"];
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
            /** @description No such covenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The covenant has already ended */
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
    EmployersController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Part of the name (case-insensitive), or the first digits of the KvK number */
                q?: string;
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
                    "application/json": components["schemas"]["EmployerListView"];
                };
            };
            /** @description A blank or too long q, a bad limit or cursor, or an unknown parameter */
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
            /** @description Only admins list employers */
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
    EmployersController_register: {
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
                "application/json": components["schemas"]["CreateEmployerDto"];
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
                    "application/json": components["schemas"]["EmployerView"];
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
            /** @description An employer with this kvkNumber is already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown municipalityCode */
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
    EmployersController_get: {
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
                    "application/json": components["schemas"]["EmployerView"];
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
            /** @description No such employer, or not the caller’s */
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
    EmployersController_update: {
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
                "application/json": components["schemas"]["UpdateEmployerDto"];
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
                    "application/json": components["schemas"]["EmployerView"];
                };
            };
            /** @description An empty body, an unknown field (kvkNumber among them) or a malformed value */
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
            /** @description Only admins change employers */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such employer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown municipalityCode */
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
    PlacementFollowUpsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description due: reached and not answered; recorded: answered; all: also those not yet reached. Due ones come first */
                status?: "due" | "recorded" | "all";
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
                    "application/json": components["schemas"]["PlacementFollowUpListView"];
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
    VacanciesController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Vacancies in this labour market region */
                region?: string;
                status?: "open" | "filled" | "closed";
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
                    "application/json": components["schemas"]["VacancyListView"];
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
    VacanciesController_publish: {
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
                "application/json": components["schemas"]["CreateVacancyDto"];
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
                    "application/json": components["schemas"]["VacancyView"];
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
            /** @description The covenant is not the employer’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The covenant is not in force on startDate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown covenant, municipality or crebo code; or (admin) a covenant of a school */
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
    VacanciesController_get: {
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
                    "application/json": components["schemas"]["VacancyView"];
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
            /** @description No such vacancy, or not the employer’s */
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
    VacanciesController_update: {
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
                "application/json": components["schemas"]["UpdateVacancyDto"];
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
                    "application/json": components["schemas"]["VacancyView"];
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
            /** @description No such vacancy, or not the employer’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not open; covenant not in force on a new startDate; openings not above placements made */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown municipality or crebo code */
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
    VacanciesController_close: {
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
                "application/json": components["schemas"]["CloseVacancyDto"];
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
                    "application/json": components["schemas"]["VacancyView"];
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
            /** @description No such vacancy, or not the employer’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The vacancy is not open */
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
    VacanciesController_recordPlacement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1–255 visible ASCII characters, e.g. a UUID. Retrying with the same key (same caller, same body) answers the first result again, with "Idempotent-Replayed: true", and creates nothing; the same key with another body or on another route is a 409. Keys are kept 24 hours per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPlacementDto"];
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
                    "application/json": components["schemas"]["PlacementView"];
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
            /** @description No such vacancy, or not the employer’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No openings left (or not open); referral already placed, withdrawn or declined */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown referral, or one for another target */
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
    VacanciesController_recordFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFollowUpDto"];
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
                    "application/json": components["schemas"]["PlacementFollowUpView"];
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
            /** @description No such vacancy or placement on it, or not the employer’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The checkpoint is not due yet or answered already, or an end contradicts a later answer */
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
