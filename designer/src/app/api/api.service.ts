import { HttpClient, type HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiError } from './api-error';

type Params = Record<string, string | number | boolean | undefined | null>;

/** Thin promise-based access to the REST API under `/api`; every failure becomes an {@link ApiError}. */
@Injectable({ providedIn: 'root' })
export class ApiService {
  private readonly http = inject(HttpClient);

  get<T>(path: string, params: Params = {}): Promise<T> {
    return this.call(`GET /api${path}`, this.http.get<T>(`/api${path}`, { params: clean(params) }));
  }

  /** GET that answers text (BPMN XML); a JSON `{ xml }` answer is accepted too. */
  async getText(path: string): Promise<string> {
    const text = await this.call(`GET /api${path}`, this.http.get(`/api${path}`, { responseType: 'text' }));
    if (text.trimStart().startsWith('{')) {
      const parsed = JSON.parse(text) as { xml?: unknown; content?: unknown };
      return String(parsed.xml ?? parsed.content ?? '');
    }
    return text;
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.call(`POST /api${path}`, this.http.post<T>(`/api${path}`, body));
  }

  private async call<T>(endpoint: string, request: import('rxjs').Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(request);
    } catch (error) {
      throw ApiError.from(error, endpoint);
    }
  }
}

function clean(params: Params): HttpParams | Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') out[name] = String(value);
  }
  return out;
}
