import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Principal } from '../auth/principal.js';
import type { PlatformRole } from '../directory/directory.types.js';

/** Who may call a route. A route without one is refused by the access guard (fail closed). */
export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: PlatformRole[] };

export const ACCESS_RULE = 'hito:access-rule';

/** Anyone may call the route, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in person may call the route (it must still filter what each may see). */
export const Authenticated = () =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Sin sesión válida / not signed in (problem+json).' }),
  );

/** Signed-in people holding at least one of `roles` may call the route. */
export const Roles = (...roles: [PlatformRole, ...PlatformRole[]]) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Sin sesión válida / not signed in (problem+json).' }),
    ApiForbiddenResponse({ description: `Solo / only: ${roles.join(', ')} (problem+json).` }),
  );

/** The signed-in caller (on routes that are not `@Public()`). */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  return context.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
