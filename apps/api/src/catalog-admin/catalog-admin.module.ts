import { Module } from '@nestjs/common';
import { BranchesModule } from '../branches/branches.module';
import { CompaniesModule } from '../companies/companies.module';
import { JobsModule } from '../jobs/jobs.module';
import { CatalogAdminController } from './catalog-admin.controller';
import { StaffCatalogController } from './staff-catalog.controller';

@Module({ imports: [BranchesModule, CompaniesModule, JobsModule], controllers: [CatalogAdminController, StaffCatalogController] })
export class CatalogAdminModule {}
