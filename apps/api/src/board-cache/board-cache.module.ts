import { Module } from '@nestjs/common';
import { BoardCache } from './board-cache.service';

@Module({
  providers: [BoardCache],
  exports: [BoardCache],
})
export class BoardCacheModule {}
