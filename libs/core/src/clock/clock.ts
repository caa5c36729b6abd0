import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The time, injected: services ask the clock rather than `new Date()` wherever a rule depends
 * on time (expiry, reminders, quiet hours), so tests can move it instead of waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock for tests: fixed until moved. */
export class FixedClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(date: Date): void {
    this.current = new Date(date);
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
