import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth/auth.controller.js';
import { CalendarsController } from './directory/calendars.controller.js';
import { DirectoryImportController } from './directory/import.controller.js';
import { InstitutionsController } from './directory/institutions.controller.js';
import { PeopleController } from './directory/people.controller.js';
import { RolesController } from './directory/roles.controller.js';
import { SubstitutesController } from './directory/substitutes.controller.js';
import { LoginThrottleGuard } from './login-throttle.guard.js';
import { ProblemFilter } from './problem.filter.js';
import { createValidationPipe } from './validation.pipe.js';

/**
 * Access for the whole API: the global access guard (every route declares who may call it),
 * problem+json errors, DTO validation, sign-in routes and the directory admin API.
 */
@Module({
  imports: [DirectoryModule, AuthModule],
  controllers: [
    AuthController,
    InstitutionsController,
    PeopleController,
    CalendarsController,
    RolesController,
    SubstitutesController,
    DirectoryImportController,
  ],
  providers: [
    LoginThrottleGuard,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
  exports: [DirectoryModule, AuthModule],
})
export class AccessApiModule {}
