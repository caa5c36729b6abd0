import {
  DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnModuleInit,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DomainEventName } from '../outbox/domain-events';
import { DOMAIN_EVENT_HANDLER, JOB_HANDLER } from './job-handler.decorator';
import { EventHandlerFn, JobHandlerFn, JobHandlerRegistry } from './job-handlers';
import { JOB, JobName } from './queues';

/**
 * The worker's side of `@JobHandler` / `@OnDomainEvent`: finds the decorated methods of every
 * provider at boot and registers them. A job name without a handler stops the worker at startup
 * rather than failing each of its jobs later.
 */
const REQUIRE_EVERY_JOB = Symbol('REQUIRE_EVERY_JOB');

@Injectable()
export class JobHandlerDiscovery implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(JobHandlerDiscovery.name);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly registry: JobHandlerRegistry,
    @Inject(REQUIRE_EVERY_JOB) private readonly requireEveryJob: boolean,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      for (const method of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const job = this.reflector.get<JobName | undefined>(JOB_HANDLER, fn);
        if (job) this.registry.register(job, fn.bind(instance) as JobHandlerFn<JobName>);
        const event = this.reflector.get<DomainEventName | undefined>(DOMAIN_EVENT_HANDLER, fn);
        if (event)
          this.registry.subscribe(event, fn.bind(instance) as EventHandlerFn<DomainEventName>);
      }
    }
  }

  onApplicationBootstrap(): void {
    if (!this.requireEveryJob) return;
    const missing = Object.values(JOB).filter((name) => !this.registry.handles(name));
    if (missing.length > 0) {
      throw new Error(`Tâches sans gestionnaire déclaré (@JobHandler) : ${missing.join(', ')}`);
    }
    this.logger.log(`${Object.values(JOB).length} tâches ont leur gestionnaire`);
  }
}

/**
 * Imported by the worker app only (the API enqueues jobs, it never runs them); a partial worker
 * (a benchmark running one lib's queues) passes `requireEveryJob: false`.
 */
@Module({})
export class JobHandlersModule {
  static forRoot({ requireEveryJob = true } = {}): DynamicModule {
    return {
      module: JobHandlersModule,
      imports: [DiscoveryModule],
      providers: [{ provide: REQUIRE_EVERY_JOB, useValue: requireEveryJob }, JobHandlerDiscovery],
    };
  }
}
