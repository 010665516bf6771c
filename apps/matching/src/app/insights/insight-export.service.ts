import { Injectable, StreamableFile } from '@nestjs/common';
import { AuditService, Clock, csvDownload, CsvColumn, Principal } from '@bridge/platform';
import { MatchingAuditAction } from '../audit/matching-audit-action';

export type InsightName = 'funnel' | 'fairness' | 'review-behaviour' | 'certificates';

/** What a CSV cell of a withheld figure says, as the web shows it. */
export const SUPPRESSED_CELL = '< 10';

/**
 * An insight as a CSV download (`<insight>-<UTC timestamp>.csv`), audited as `insights.exported`: the
 * entry's targetId says which insight, its details the filters applied and the rows written, its
 * piCode the PI filtered on.
 */
@Injectable()
export class InsightExportService {
  constructor(
    private readonly audit: AuditService<MatchingAuditAction>,
    private readonly clock: Clock,
  ) {}

  async download<Row>(
    principal: Principal,
    insight: InsightName,
    filters: Record<string, string | null | undefined>,
    columns: CsvColumn<Row>[],
    rows: Row[],
  ): Promise<StreamableFile> {
    const applied: Record<string, string> = {};
    for (const [name, value] of Object.entries(filters)) if (value) applied[name] = value;
    await this.audit.record(principal, 'insights.exported', {
      targetId: insight,
      piCode: filters['pi'] ?? undefined,
      details: { filters: applied, rows: rows.length },
    });
    return csvDownload(insight, columns, rows, this.clock.now());
  }
}
