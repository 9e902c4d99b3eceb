import type { SearchIndexPath } from './job-search.sql';

/** Created by migration 1790000900000 when the `rum` extension is available. */
export const JOB_SEARCH_RUM_INDEX = 'jobs_search_rum_idx';

type Query = (sql: string, params: unknown[]) => Promise<Array<{ valid: boolean | null }>>;

/**
 * Decides once per process which index path the relevance search takes:
 * `auto` looks for a valid jobs_search_rum_idx, `rum` and `gin` force one
 * (tests run every search spec on both). A failed look-up is retried on the
 * next search rather than remembered.
 */
export class SearchIndexChoice {
  private decided?: Promise<SearchIndexPath>;

  constructor(
    private readonly setting: 'auto' | SearchIndexPath,
    private readonly query: Query,
  ) {}

  path(): Promise<SearchIndexPath> {
    if (this.setting === 'gin') return Promise.resolve('gin');
    this.decided ??= this.lookUp().catch((error: unknown) => {
      this.decided = undefined;
      throw error;
    });
    return this.decided;
  }

  private async lookUp(): Promise<SearchIndexPath> {
    const [row] = await this.query(
      `SELECT i.indisvalid AS valid FROM pg_index i WHERE i.indexrelid = to_regclass($1)`,
      [JOB_SEARCH_RUM_INDEX],
    );
    if (row?.valid) return 'rum';
    if (this.setting === 'rum') throw new Error(`SEARCH_INDEX=rum, but the index ${JOB_SEARCH_RUM_INDEX} does not exist or is not valid`);
    return 'gin';
  }
}
