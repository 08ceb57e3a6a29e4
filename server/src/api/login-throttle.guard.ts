import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AUTH } from '../auth/auth.config.js';

interface Window {
  hits: number;
  resetsAt: number;
}

/**
 * Limits sign-in attempts per client address and username: `AUTH.loginAttemptsPerMinute` in a
 * fixed one-minute window, then 429 with `Retry-After` until the window ends. In memory, so per
 * server process. (`@nestjs/throttler` is CommonJS requiring ESM-only Nest 12, which Jest cannot load.)
 */
@Injectable()
export class LoginThrottleGuard implements CanActivate {
  private readonly windows = new Map<string, Window>();
  private readonly windowMs = 60_000;

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const body = (request.body ?? {}) as { username?: unknown };
    const username = typeof body.username === 'string' ? body.username.trim().toLowerCase() : '';
    const key = `${request.ip ?? ''}|${username}`;
    const now = Date.now();
    if (this.windows.size > 10_000) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetsAt <= now) {
      window = { hits: 0, resetsAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.hits += 1;
    const remaining = Math.max(0, AUTH.loginAttemptsPerMinute - window.hits);
    response.setHeader('RateLimit-Limit', AUTH.loginAttemptsPerMinute);
    response.setHeader('RateLimit-Remaining', remaining);
    if (window.hits > AUTH.loginAttemptsPerMinute) {
      response.setHeader('Retry-After', Math.max(1, Math.ceil((window.resetsAt - now) / 1000)));
      throw new HttpException('Demasiados intentos de inicio de sesión. / Too many sign-in attempts.', HttpStatus.TOO_MANY_REQUESTS);
    }
    return true;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key);
  }
}
