import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { PlatformRole } from '../api/models';
import { SessionService } from './session.service';

/** Lets in people with one of `roles` (admins always); others go to sign in, or home. */
export function roleGuard(...roles: PlatformRole[]): CanActivateFn {
  return (_route, state) => {
    const session = inject(SessionService);
    const router = inject(Router);
    if (!session.signedIn()) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    if (session.hasRole(...roles)) return true;
    return router.createUrlTree(['/'], { queryParams: { denied: state.url } });
  };
}

/** The page each person starts on: participants their inbox, auditors the instances, owners the designer. */
export function homePath(session: SessionService): string {
  if (!session.signedIn()) return '/designer';
  if (session.hasRole('process-owner')) return '/designer';
  if (session.hasRole('participant')) return '/inbox';
  if (session.hasRole('auditor')) return '/instances';
  return '/designer';
}

/** Sends `/` to the person's start page. */
export const homeRedirect: CanActivateFn = (route) => {
  const router = inject(Router);
  return router.createUrlTree([homePath(inject(SessionService))], { queryParams: route.queryParams });
};
