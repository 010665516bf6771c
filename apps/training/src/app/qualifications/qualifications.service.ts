import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  hasStringFields,
  invalidCursor,
  Page,
  toPage,
} from '@bridge/platform';
import { searchQualifications } from '@bridge/reference-data';
import { ListQualificationsQuery } from './dto/list-qualifications.query';
import { QualificationView } from './qualification.view';

/** MBO qualifications from the reference data (in memory, ordered by title then crebo). */
@Injectable()
export class QualificationsService {
  list(query: ListQualificationsQuery): Promise<Page<QualificationView>> {
    const matches = searchQualifications({ q: query.q, sector: query.sector });
    let start = 0;
    if (query.cursor !== undefined) {
      const after = decodeCursor(query.cursor, (v) => hasStringFields(v, 'crebo'));
      const index = matches.findIndex((q) => q.crebo === after.crebo);
      if (index < 0) throw invalidCursor();
      start = index + 1;
    }
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const page = toPage(matches.slice(start, start + limit + 1), limit, QualificationView.of, (q) =>
      encodeCursor({ crebo: q.crebo }),
    );
    return Promise.resolve(page);
  }
}
