import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { SessionService } from './session.service';

const AUTH_ROUTES = /^\/api\/auth\/(login|refresh|logout)$/;

/**
 * Adds `Authorization: Bearer` to API calls; on a 401 refreshes the tokens once and retries.
 * When refreshing fails the session is over: it goes to the sign-in page, keeping where it was.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionService);
  const router = inject(Router);
  if (!request.url.startsWith('/api/') || AUTH_ROUTES.test(request.url)) return next(request);

  const hadSession = session.signedIn();
  return next(withToken(request, session.accessToken)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || !hadSession) return throwError(() => error);
      return from(session.refresh()).pipe(
        switchMap((refreshed) => {
          if (refreshed) return next(withToken(request, session.accessToken));
          void router.navigate(['/login'], { queryParams: { returnUrl: router.url, expired: 1 } });
          return throwError(() => error);
        }),
      );
    }),
  );
};

function withToken<T>(request: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}
