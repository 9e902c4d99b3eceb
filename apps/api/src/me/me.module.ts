import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';

@Module({ imports: [ApplicationsModule], controllers: [MeController], providers: [MeService], exports: [MeService] })
export class MeModule {}
