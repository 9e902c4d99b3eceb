import { Module } from '@nestjs/common';
import { SearchDatabase } from './search-database.service';

/** Import where a search runs (GET /api/jobs, the suggestions); one pool per API process. */
@Module({
  providers: [SearchDatabase],
  exports: [SearchDatabase],
})
export class SearchDatabaseModule {}
