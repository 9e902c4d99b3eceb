import { Global, Module, type DynamicModule } from '@nestjs/common';

/**
 * The current time, injected so rules and tests never read the system clock
 * directly (tests pass their own clock to `ClockModule.forRoot`).
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
@Module({})
export class ClockModule {
  /** The system clock, or the one a test drives (the system tests share one between the API and the worker). */
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
