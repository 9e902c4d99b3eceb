import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { FeedsController } from './feeds.controller';
import { JobFeedService } from './job-feed.service';
import { SitemapService } from './sitemap.service';
import { WebPages } from './web-pages.service';

/** The web app on the API's port: its files and pages (see web-app.routes.ts), the sitemap, robots.txt and RSS. */
@Module({
  imports: [JobsModule],
  controllers: [FeedsController],
  providers: [SitemapService, JobFeedService, WebPages],
})
export class WebModule {}
