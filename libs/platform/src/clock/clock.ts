import { Global, Module } from '@nestjs/common';

/**
 * The current time, injected so rules and tests never read the system clock
 * directly (tests swap in a fixed clock with `overrideProvider(Clock)`).
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
