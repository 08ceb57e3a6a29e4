import { type DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '../../directory/directory.module.js';
import { type RuntimeClockOptions, RuntimeModule } from '../../runtime/runtime.module.js';
import { ClockController } from './clock.controller.js';
import { DeploymentsController } from './deployments.controller.js';
import { InstancesController } from './instances.controller.js';
import { NotificationsController } from './notifications.controller.js';
import { UserTasksController } from './user-tasks.controller.js';
import { WorkController } from './work.controller.js';

/** The REST API of the runtime: deployments, instances, inbox, messages, jobs, incidents, history, clock. */
@Module({})
export class RuntimeApiModule {
  static register(clock: RuntimeClockOptions): DynamicModule {
    return {
      module: RuntimeApiModule,
      imports: [RuntimeModule.register(clock), DirectoryModule],
      controllers: [
        DeploymentsController,
        InstancesController,
        UserTasksController,
        WorkController,
        NotificationsController,
        // The clock endpoint exists only in simulation mode.
        ...(clock.simulated ? [ClockController] : []),
      ],
    };
  }
}
