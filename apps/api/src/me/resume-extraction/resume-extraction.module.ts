import { Module } from '@nestjs/common';
import { ResumeExtractor } from './resume-extractor.service';

@Module({ providers: [ResumeExtractor], exports: [ResumeExtractor] })
export class ResumeExtractionModule {}
