import { Injectable } from '@nestjs/common';
import { SearchDatabase } from '../../common/database/search-database.service';
import type { JobSuggestionsDto, SuggestionKind } from './job-suggestions.dto';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * Reads job_terms (titles, skills and title words of open jobs, kept by
 * triggers; see migration 1790000920000): a few thousand rows, so both answers
 * stay fast however many jobs the board holds. Both go through the search
 * pool, so they share its timeout and its 503 under overload.
 */
@Injectable()
export class JobSuggestionsService {
  constructor(private readonly search: SearchDatabase) {}

  /** Titles and skills that start with the prefix, or have a word that does; titles first, then the most common. */
  async suggest(prefix: string, limit = 8): Promise<JobSuggestionsDto> {
    const rows = await this.search.query<{ text: string; kind: SuggestionKind; jobs: number }>(
      `SELECT term AS text, kind, open_jobs AS jobs
         FROM job_terms
        WHERE kind IN ('title', 'skill') AND (term ILIKE $1 OR term ~* $2)
        ORDER BY (term ILIKE $1) DESC, open_jobs DESC, kind DESC, term
        LIMIT $3`,
      [`${escapeLike(prefix)}%`, `(^|[^[:alnum:]])${escapeRegex(prefix)}`, limit],
    );
    return { items: rows.map((row) => ({ text: row.text, kind: row.kind, jobs: Number(row.jobs) })) };
  }

  /**
   * A corrected search text for one that found nothing: each word that is not
   * a word of any open job's title is replaced by the most similar one
   * (pg_trgm), e.g. "forklfit operater" → "forklift operator". Null when
   * nothing close enough exists.
   */
  async didYouMean(q: string): Promise<string | null> {
    const [row] = await this.search.query<{ text: string | null; changed: boolean | null }>(
      `WITH words AS (
         SELECT w, ord FROM regexp_split_to_table(lower(left($1, 200)), '[^[:alnum:]]+') WITH ORDINALITY AS t(w, ord) WHERE w <> '' AND ord <= 8
       )
       SELECT string_agg(coalesce(best.term, words.w), ' ' ORDER BY words.ord) AS text,
              bool_or(best.term IS NOT NULL) AS changed
         FROM words
         LEFT JOIN LATERAL (
           SELECT term FROM job_terms
            WHERE kind = 'word' AND term % words.w
            ORDER BY similarity(term, words.w) DESC, open_jobs DESC, term
            LIMIT 1
         ) best ON length(words.w) >= 3
              AND NOT EXISTS (SELECT 1 FROM job_terms known WHERE known.kind = 'word' AND known.term = words.w)`,
      [q],
    );
    return row?.changed && row.text ? row.text : null;
  }
}
