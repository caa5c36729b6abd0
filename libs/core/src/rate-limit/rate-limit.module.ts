import { Global, Module } from '@nestjs/common';
import { RateLimitThrottlerStorage } from './rate-limit-throttler.storage';
import { RateLimiter } from './rate-limiter.service';

@Global()
@Module({
  providers: [RateLimiter, RateLimitThrottlerStorage],
  exports: [RateLimiter, RateLimitThrottlerStorage],
})
export class RateLimitModule {}
