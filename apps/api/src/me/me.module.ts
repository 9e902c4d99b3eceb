import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';
import { ResumeExtractionModule } from './resume-extraction/resume-extraction.module';

@Module({ imports: [ApplicationsModule, ResumeExtractionModule], controllers: [MeController], providers: [MeService], exports: [MeService] })
export class MeModule {}
