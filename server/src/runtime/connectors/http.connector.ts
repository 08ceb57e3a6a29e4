import type { ActivatedJob } from '../../persistence/job.repository.js';
import { type Connector, ConnectorBpmnError, ConnectorFailure, type ConnectorResult } from './connector.js';

const MAX_REDIRECTS = 5;
const MAX_BODY = 1_000_000;

/**
 * `http`: one request described by headers (values starting with `=` were evaluated by FEEL when
 * the job was created): `url` (http or https), `method` (GET), `body` (text; JSON when it parses),
 * `content-type`, `timeout` (ms, default 10000), `resultVariable` (default `response`, set to
 * `{ status, body }`), `errorCodeOn4xx` (a BPMN error code to throw on 4xx instead of failing).
 * Redirects are followed only within the same host. Each request carries the header
 * `Idempotency-Key: hito-job-<key>`, so a job retried after a crash can be recognised by the receiver.
 */
export class HttpConnector implements Connector {
  readonly type = 'http';

  async run(job: ActivatedJob): Promise<ConnectorResult> {
    const headers = job.headers;
    let url: URL;
    try {
      url = new URL(headers.url ?? '');
    } catch {
      throw new ConnectorFailure(`The http job of "${job.elementId}" has no valid "url" header (got "${headers.url ?? ''}").`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConnectorFailure(`The http job of "${job.elementId}" may only call http or https URLs.`);
    const method = (headers.method ?? 'GET').toUpperCase();
    const timeout = Number(headers.timeout ?? 10_000);
    const requestHeaders: Record<string, string> = { 'idempotency-key': `hito-job-${job.key}` };
    if (headers.body !== undefined) requestHeaders['content-type'] = headers['content-type'] ?? 'application/json';
    let response: Response | undefined;
    let target = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      try {
        response = await fetch(target, { method, headers: requestHeaders, body: headers.body, redirect: 'manual', signal: AbortSignal.timeout(timeout) });
      } catch (error) {
        throw new ConnectorFailure(`${method} ${target.origin}${target.pathname} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (response.status < 300 || response.status >= 400) break;
      const location = response.headers.get('location');
      if (!location) break;
      const next = new URL(location, target);
      if (next.host !== url.host) throw new ConnectorFailure(`${method} ${url.origin} redirected to another host (${next.host}): not followed.`);
      target = next;
    }
    const text = (await response!.text()).slice(0, MAX_BODY);
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // a text body stays text
    }
    if (response!.status >= 400 && response!.status < 500 && headers.errorCodeOn4xx) {
      throw new ConnectorBpmnError(headers.errorCodeOn4xx, `${method} ${target.origin}${target.pathname} answered ${response!.status}`);
    }
    if (response!.status >= 400) throw new ConnectorFailure(`${method} ${target.origin}${target.pathname} answered ${response!.status}`);
    return { variables: { [headers.resultVariable ?? 'response']: { status: response!.status, body } } };
  }
}
