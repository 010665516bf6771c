// Generated from the training service's OpenAPI document by tools/openapi/write-api-types.mjs.
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
    "/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Certificates in the caller's scope, newest issue date first */
        get: operations["CertificatesController_list"];
        put?: never;
        /** Register a practice certificate (workshop leader of the candidate's PI, admin) */
        post: operations["CertificatesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One certificate */
        get: operations["CertificatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a certificate (workshop leader of the candidate's PI, admin) */
        post: operations["CertificatesController_revoke"];
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
    "/placements/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Placement checkpoints, 3 and 6 months after the start date: on the education provider's own school places (admin: all), due ones first
         * @description ?status=due (default: reached and not answered), recorded or all (also those not reached yet).
         */
        get: operations["SchoolPlacePlacementFollowUpsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every education provider, by name then id (admin); q matches part of the name or the start of the BRIN */
        get: operations["ProvidersController_list"];
        put?: never;
        /** Register an education provider (admin) */
        post: operations["ProvidersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{brin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One provider (admin, that provider) */
        get: operations["ProvidersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a provider's name or municipality (admin); the BRIN does not change
         * @description The path names the provider by its id or its BRIN. Each field checked as on a create; an empty body is a 400 (body), brin an unknown field (400).
         */
        patch: operations["ProvidersController_update"];
        trace?: never;
    };
    "/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** MBO qualifications (crebo) from the reference data (any role) */
        get: operations["QualificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** School places in the caller's scope, newest first */
        get: operations["SchoolPlacesController_list"];
        put?: never;
        /** Publish a school place (education provider of that BRIN, admin) */
        post: operations["SchoolPlacesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One school place */
        get: operations["SchoolPlacesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an open school place (any field but brin) */
        patch: operations["SchoolPlacesController_update"];
        trace?: never;
    };
    "/school-places/{id}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a placement: a referral takes one seat (the last sets full) */
        post: operations["SchoolPlacesController_recordPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-places/{id}/placements/{placementId}/follow-ups": {
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
         * @description Emits training.school-place.placement-followed-up.v1. A placement that no longer holds also answers its later checkpoint (holds false, the same endedOn), with an event of its own.
         */
        post: operations["SchoolPlacesController_recordFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/school-places/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open school place */
        post: operations["SchoolPlacesController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workshops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * In-Made workshops, optionally of one PI (any role)
         * @description The per-PI list is illustrative demo data, not a DJI source.
         */
        get: operations["WorkshopsController_list"];
        put?: never;
        post?: never;
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
        CertificateListView: {
            items: components["schemas"]["CertificateView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJpZCI6IjdjOWU2Njc5LTc0MjUtNDBkZS05NDRiLWUwN2ZjMWY5MGFlNyJ9
             */
            nextCursor: string | null;
        };
        CertificateView: {
            /**
             * @description The candidate's pseudonym (from matching)
             * @example 0b6f7c1e-3a52-4d7e-9a55-6f1f2f0c9d41
             */
            candidateId: string;
            /** @example 25290 */
            crebo: string;
            /**
             * Format: uuid
             * @example 3a1f6b2c-9d4e-4f5a-8b7c-6d5e4f3a2b1c
             */
            id: string;
            /**
             * Format: date
             * @example 2025-06-30
             */
            issuedOn: string;
            /** @example 2 */
            level: number;
            /**
             * @description The issuing PI
             * @example PI-VUGHT
             */
            piCode: string;
            /**
             * Format: date-time
             * @example 2025-06-30T13:45:00.000Z
             */
            registeredAt: string;
            /**
             * @description When revoked; shown to DJI roles and admins only
             * @example Registered for the wrong candidate
             */
            revocationReason?: string;
            /**
             * Format: date-time
             * @description When revoked
             * @example 2025-07-02T08:15:00.000Z
             */
            revokedAt?: string;
            /** @example Techniek en procesindustrie */
            sector: string;
            /**
             * @example valid
             * @enum {string}
             */
            status: "valid" | "revoked";
            /** @example Basislasser */
            title: string;
            /**
             * @example [
             *       "Bereidt werkzaamheden voor",
             *       "Voert laswerkzaamheden uit"
             *     ]
             */
            workProcesses: string[];
            /** @example pi-vught-metal */
            workshopId: string | null;
        };
        CreateSchoolPlaceDto: {
            /**
             * @description The provider's BRIN (an education provider's own)
             * @example 25LX
             */
            brin: string;
            /**
             * @description A covenant of the provider (employers service), in force on the start date
             * @example 5d0c3f4e-8b1a-4c2d-9e7f-1a2b3c4d5e6f
             */
            covenantId?: string;
            /** @example 25290 */
            crebo: string;
            /**
             * @example {
             *       "minLevel": 2,
             *       "requiredQualifications": [
             *         "25290"
             *       ]
             *     }
             */
            entryRequirements?: components["schemas"]["EntryRequirementsDto"];
            /**
             * @example BBL
             * @enum {string}
             */
            learningPath: "BBL" | "BOL";
            /** @example GM0796 */
            municipalityCode: string;
            /** @example 5 */
            seats: number;
            /**
             * Format: date
             * @example 2027-02-01
             */
            startDate: string;
        };
        EntryRequirementsDto: {
            /** @example 2 */
            minLevel?: number;
            /**
             * @description Crebo codes a candidate must hold as a valid certificate
             * @example [
             *       "25290"
             *     ]
             */
            requiredQualifications?: string[];
        };
        EntryRequirementsView: {
            /** @example 2 */
            minLevel: number | null;
            /**
             * @example [
             *       "25290"
             *     ]
             */
            requiredQualifications: string[];
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
            /**
             * Format: uuid
             * @description The placement, as its follow-ups address it
             * @example 2f6c1b9e-8d4a-4e7f-9c3b-5a1d0e2f4b6c
             */
            placementId: string;
            /** @example c2f1a7d4-6e3b-4f8a-9d21-0b7e5c4a3f19 */
            referralId: string;
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            schoolPlaceId: string;
            /** @example 3 */
            seatsLeft: number;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "full" | "withdrawn";
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
        ProviderListView: {
            items: components["schemas"]["ProviderView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJpZCI6IjdjOWU2Njc5LTc0MjUtNDBkZS05NDRiLWUwN2ZjMWY5MGFlNyJ9
             */
            nextCursor: string | null;
        };
        ProviderView: {
            /** @example 25LX */
            brin: string;
            /**
             * Format: uuid
             * @example 9b2d7e4f-1c3a-4e5b-8f6d-2a1c3b4d5e6f
             */
            id: string;
            /** @example GM0344 */
            municipalityCode: string;
            /** @example ROC Midden Nederland */
            name: string;
        };
        QualificationListView: {
            items: components["schemas"]["QualificationView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJpZCI6IjdjOWU2Njc5LTc0MjUtNDBkZS05NDRiLWUwN2ZjMWY5MGFlNyJ9
             */
            nextCursor: string | null;
        };
        QualificationView: {
            /** @example 25290 */
            crebo: string;
            /**
             * @description 1 = Entree
             * @example 2
             */
            level: number;
            /** @example Techniek en procesindustrie */
            sector: string;
            /** @example Basislasser */
            title: string;
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
             * @description A referral of matching for this school place (GET /referrals at matching)
             * @example c2f1a7d4-6e3b-4f8a-9d21-0b7e5c4a3f19
             */
            referralId: string;
        };
        RegisterCertificateDto: {
            /**
             * @description The candidate's pseudonym (from matching)
             * @example 0b6f7c1e-3a52-4d7e-9a55-6f1f2f0c9d41
             */
            candidateId: string;
            /**
             * @description Kwalificatie crebo code (reference data)
             * @example 25290
             */
            crebo: string;
            /**
             * Format: date
             * @description Not in the future, not before 2000-01-01
             * @example 2025-06-30
             */
            issuedOn: string;
            /**
             * @description Work processes (werkprocessen) of the qualification covered
             * @example [
             *       "Bereidt werkzaamheden voor",
             *       "Voert laswerkzaamheden uit"
             *     ]
             */
            workProcesses?: string[];
            /**
             * @description A workshop of the candidate's PI (GET /workshops)
             * @example pi-vught-metal
             */
            workshopId?: string;
        };
        RegisterProviderDto: {
            /**
             * @description BRIN code: 2 digits and 2 letters
             * @example 25LX
             */
            brin: string;
            /**
             * @description CBS municipality code
             * @example GM0344
             */
            municipalityCode: string;
            /** @example ROC Midden Nederland */
            name: string;
        };
        RevokeCertificateDto: {
            /** @example Registered for the wrong candidate */
            reason: string;
        };
        SchoolPlaceListView: {
            items: components["schemas"]["SchoolPlaceView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJpZCI6IjdjOWU2Njc5LTc0MjUtNDBkZS05NDRiLWUwN2ZjMWY5MGFlNyJ9
             */
            nextCursor: string | null;
        };
        SchoolPlaceView: {
            /** @example 25LX */
            brin: string;
            /** @example 5d0c3f4e-8b1a-4c2d-9e7f-1a2b3c4d5e6f */
            covenantId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-20T09:30:00.000Z
             */
            createdAt: string;
            /** @example 25290 */
            crebo: string;
            /**
             * @example {
             *       "minLevel": 2,
             *       "requiredQualifications": [
             *         "25290"
             *       ]
             *     }
             */
            entryRequirements: components["schemas"]["EntryRequirementsView"];
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            id: string;
            /**
             * @example BBL
             * @enum {string}
             */
            learningPath: "BBL" | "BOL";
            /** @example 2 */
            level: number;
            /** @example GM0796 */
            municipalityCode: string;
            /** @example AM27 */
            regionCode: string;
            /** @example 5 */
            seats: number;
            /** @example 4 */
            seatsLeft: number;
            /** @example Techniek en procesindustrie */
            sector: string;
            /**
             * Format: date
             * @example 2027-02-01
             */
            startDate: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "full" | "withdrawn";
            /** @example Basislasser */
            title: string;
            /**
             * Format: date-time
             * @example 2026-11-21T14:05:00.000Z
             */
            updatedAt: string;
            /**
             * @description Aggregate version, +1 on every change
             * @example 2
             */
            version: number;
        };
        UpdateProviderDto: {
            /**
             * @description CBS municipality code
             * @example GM0344
             */
            municipalityCode?: string;
            /** @example ROC Midden Nederland */
            name?: string;
        };
        UpdateSchoolPlaceDto: {
            /**
             * @description A covenant of the place's provider (employers service), in force on the start date; null clears it
             * @example 5d0c3f4e-8b1a-4c2d-9e7f-1a2b3c4d5e6f
             */
            covenantId?: string | null;
            /** @example 25290 */
            crebo?: string;
            /**
             * @description Replaces the entry requirements as a whole
             * @example {
             *       "minLevel": 2,
             *       "requiredQualifications": [
             *         "25290"
             *       ]
             *     }
             */
            entryRequirements?: components["schemas"]["EntryRequirementsDto"];
            /**
             * @example BOL
             * @enum {string}
             */
            learningPath?: "BBL" | "BOL";
            /** @example GM0796 */
            municipalityCode?: string;
            /** @example 5 */
            seats?: number;
            /**
             * Format: date
             * @example 2027-02-01
             */
            startDate?: string;
        };
        WorkshopListView: {
            items: components["schemas"]["WorkshopView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJpZCI6IjdjOWU2Njc5LTc0MjUtNDBkZS05NDRiLWUwN2ZjMWY5MGFlNyJ9
             */
            nextCursor: string | null;
        };
        WorkshopView: {
            /** @example pi-vught-wood */
            id: string;
            /** @example Houtbewerking PI Vught */
            name: string;
            /** @example PI-VUGHT */
            piCode: string;
            /**
             * @example wood
             * @enum {string}
             */
            type: "wood" | "metal" | "sewing" | "laundry" | "bakery" | "bicycle-repair" | "assembly-packaging" | "kitchen" | "green" | "cleaning" | "logistics" | "construction" | "maintenance" | "retail";
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
    CertificatesController_list: {
        parameters: {
            query?: {
                /** @description Only the certificates of this candidate (404 when out of scope) */
                candidateId?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["CertificateListView"];
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
            /** @description The named candidate does not exist or is out of scope */
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
    CertificatesController_register: {
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
                "application/json": components["schemas"]["RegisterCertificateDto"];
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
                    "application/json": components["schemas"]["CertificateView"];
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
            /** @description The candidate is not one of the workshop leader's PI */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same certificate (candidate, crebo, issue date) exists, or the candidate has left */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown candidate, crebo or workshop */
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
    CertificatesController_get: {
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
                    "application/json": components["schemas"]["CertificateView"];
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
            /** @description Not found or out of scope */
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
    CertificatesController_revoke: {
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
                "application/json": components["schemas"]["RevokeCertificateDto"];
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
                    "application/json": components["schemas"]["CertificateView"];
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
            /** @description Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already revoked */
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
    SchoolPlacePlacementFollowUpsController_list: {
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
    ProvidersController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Part of the name (case-insensitive), or the first characters of the BRIN code */
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
                    "application/json": components["schemas"]["ProviderListView"];
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
            /** @description Only admins list providers */
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
    ProvidersController_register: {
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
                "application/json": components["schemas"]["RegisterProviderDto"];
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
                    "application/json": components["schemas"]["ProviderView"];
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
            /** @description A provider with this BRIN is already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown municipality */
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
    ProvidersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brin: string;
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
                    "application/json": components["schemas"]["ProviderView"];
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
            /** @description Not found or out of scope */
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
    ProvidersController_update: {
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
                "application/json": components["schemas"]["UpdateProviderDto"];
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
                    "application/json": components["schemas"]["ProviderView"];
                };
            };
            /** @description An empty body, an unknown field (brin among them) or a malformed value */
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
            /** @description Only admins change providers */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such provider */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown municipality */
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
    QualificationsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Words that must all occur in the title (case/diacritics ignored), or a crebo prefix */
                q?: string;
                /** @description Sector (opleidingsdomein) name or code */
                sector?: string;
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
                    "application/json": components["schemas"]["QualificationListView"];
                };
            };
            /** @description Unknown sector or malformed query */
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
    SchoolPlacesController_list: {
        parameters: {
            query?: {
                crebo?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Labour market region code */
                region?: string;
                status?: "open" | "full" | "withdrawn";
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
                    "application/json": components["schemas"]["SchoolPlaceListView"];
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
    SchoolPlacesController_publish: {
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
                "application/json": components["schemas"]["CreateSchoolPlaceDto"];
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
                    "application/json": components["schemas"]["SchoolPlaceView"];
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
            /** @description The BRIN, or the covenant, is not the education provider's own */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The covenant has ended or is not in force on the start date */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown provider, covenant, crebo, municipality or required qualification, or (admin) a covenant not of the place's provider */
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
    SchoolPlacesController_get: {
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
                    "application/json": components["schemas"]["SchoolPlaceView"];
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
            /** @description Not found or out of scope */
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
    SchoolPlacesController_update: {
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
                "application/json": components["schemas"]["UpdateSchoolPlaceDto"];
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
                    "application/json": components["schemas"]["SchoolPlaceView"];
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
            /** @description Not found or out of scope, or the covenant is not the provider's own */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not open, fewer seats than placements, or the covenant has ended or is not in force on the start date */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown covenant, crebo, municipality or required qualification, or (admin) a covenant not of the place's provider */
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
    SchoolPlacesController_recordPlacement: {
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
            /** @description Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No seats left, not open, or the referral is placed already or no longer stands */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown referral, or a referral for another target */
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
    SchoolPlacesController_recordFollowUp: {
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
            /** @description Not found or out of scope, or no such placement on the place */
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
    SchoolPlacesController_withdraw: {
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
                    "application/json": components["schemas"]["SchoolPlaceView"];
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
            /** @description Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not open */
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
    WorkshopsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description PI code (reference data), e.g. PI-VUGHT; case-insensitive */
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
                    "application/json": components["schemas"]["WorkshopListView"];
                };
            };
            /** @description Unknown PI code or malformed query */
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
}
