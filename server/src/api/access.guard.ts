import { ForbiddenException, Injectable, Logger, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthService } from '../auth/auth.service.js';
import type { Principal } from '../auth/principal.js';
import { ACCESS_RULE, type AccessRule } from './access.decorators.js';

/**
 * The global access guard: every route declares `@Public()`, `@Authenticated()` or `@Roles(...)`;
 * one that declares nothing is refused for everybody, so a forgotten declaration fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (context.getType() !== 'http' || !rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`);
      throw new ForbiddenException('Esta ruta no declara quién puede llamarla; se rechaza. / This route declares no access rule.');
    }
    if (rule.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedException('Inicie sesión: falta el token de acceso. / Sign in: no access token.');
    const principal = await this.auth.principal(token);
    if (!principal) {
      throw new UnauthorizedException('El token de acceso no es válido o expiró. / The access token is invalid or expired.');
    }
    request.principal = principal;
    if (rule.kind === 'roles' && !principal.platformRoles.some((role) => rule.roles.includes(role))) {
      throw new ForbiddenException(`Requiere el rol ${rule.roles.join(' o ')}. / Requires role ${rule.roles.join(' or ')}.`);
    }
    return true;
  }
}
