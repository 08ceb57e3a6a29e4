import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import type { Principal } from '../../auth/principal.js';
import { activateJobs, scheduleRetry, type ActivatedJob } from '../../persistence/job.repository.js';
import { instanceQueries } from '../../persistence/instance.queries.js';
import { DurableRuntime } from '../../runtime/durable-runtime.js';
import { CurrentPrincipal, Roles } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { Idempotent } from '../idempotency.interceptor.js';
import { ActivateJobsDto, CompleteDto, FailJobDto, JobErrorDto, MessageDto, SignalDto } from './runtime.dto.js';
import { notFound, ParseKeyPipe, personActor } from './runtime-access.js';

export class IncidentQueryDto {
  @IsOptional() @IsIn(['open', 'resolved']) state?: string;
  @IsOptional() @Matches(/^\d+$/) instanceKey?: string;
}

/** Messages, signals, jobs for outside workers, and incidents. */
@Controller()
export class WorkController {
  constructor(private readonly runtime: DurableRuntime, private readonly db: DataSource) {}

  @Post('messages')
  @Idempotent()
  @Roles('process-owner', 'admin')
  @HttpCode(200)
  @ApiTags('messages')
  @ApiOperation({
    summary: 'Publicar un mensaje / publish a message',
    description: 'Correlates by name and correlation key with every waiting subscription. With timeToLive, a message nobody waits for is kept that long for a subscription that opens later.',
  })
  @ApiProblems(400)
  async message(@Body() body: MessageDto, @CurrentPrincipal() principal: Principal): Promise<{ correlated: number; buffered: boolean }> {
    return this.runtime.publishMessage(body, personActor(principal));
  }

  @Post('signals')
  @Idempotent()
  @Roles('process-owner', 'admin')
  @HttpCode(200)
  @ApiTags('signals')
  @ApiOperation({ summary: 'Difundir una señal / broadcast a signal', description: 'To every instance waiting for it and to signal start events.' })
  @ApiProblems(400)
  async signal(@Body() body: SignalDto, @CurrentPrincipal() principal: Principal): Promise<{ triggered: number }> {
    const outcome = await this.runtime.execute({ type: 'BroadcastSignal', name: body.name, variables: body.variables }, { actor: personActor(principal) });
    return { triggered: outcome.records.filter((record) => record.intent === 'SUBSCRIPTION_TRIGGERED').length + outcome.createdInstances.length };
  }

  @Post('jobs/activate')
  @Roles('process-owner', 'admin')
  @HttpCode(200)
  @ApiTags('jobs')
  @ApiOperation({ summary: 'Tomar trabajos (fetch-and-lock) / fetch and lock jobs', description: 'Jobs of a type, locked to the worker for lockDuration ms; each job goes to one worker only.' })
  @ApiProblems(400)
  async activate(@Body() body: ActivateJobsDto): Promise<{ jobs: ActivatedJob[] }> {
    const now = this.runtime.clock.now();
    const jobs = await this.runtime.transaction((db) =>
      activateJobs(db, body.type, body.worker, body.maxJobs ?? 10, new Date(now), new Date(now + (body.lockDuration ?? 60_000))),
    );
    return { jobs };
  }

  @Post('jobs/:key/complete')
  @Idempotent()
  @Roles('process-owner', 'admin')
  @HttpCode(204)
  @ApiTags('jobs')
  @ApiOperation({ summary: 'Completar un trabajo / complete a job' })
  @ApiProblems(400, 404, 409)
  async completeJob(@Param('key', ParseKeyPipe) key: number, @Body() body: CompleteDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.runtime.execute({ type: 'CompleteJob', jobKey: key, variables: body.variables ?? {} }, { actor: { ...personActor(principal), kind: 'worker' } });
  }

  @Post('jobs/:key/fail')
  @Idempotent()
  @Roles('process-owner', 'admin')
  @HttpCode(204)
  @ApiTags('jobs')
  @ApiOperation({ summary: 'Informar un fallo / fail a job', description: 'With retries left the job is offered again after retryBackoff ms; with none an incident is raised.' })
  @ApiProblems(400, 404, 409)
  async failJob(@Param('key', ParseKeyPipe) key: number, @Body() body: FailJobDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.runtime.transaction(async (db) => {
      await this.runtime.executeIn(db, { type: 'FailJob', jobKey: key, retries: body.retries, message: body.message }, { actor: { ...personActor(principal), kind: 'worker' } });
      if (body.retries > 0) await scheduleRetry(db, key, new Date(this.runtime.clock.now() + (body.retryBackoff ?? 0)));
    });
  }

  @Post('jobs/:key/error')
  @Idempotent()
  @Roles('process-owner', 'admin')
  @HttpCode(204)
  @ApiTags('jobs')
  @ApiOperation({ summary: 'Lanzar un error BPMN / throw a BPMN error', description: 'Caught by the nearest error boundary or event sub-process for the code; uncaught it fails the instance.' })
  @ApiProblems(400, 404, 409)
  async jobError(@Param('key', ParseKeyPipe) key: number, @Body() body: JobErrorDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.runtime.execute({ type: 'ThrowJobError', jobKey: key, errorCode: body.errorCode, message: body.message }, { actor: { ...personActor(principal), kind: 'worker' } });
  }

  @Get('incidents')
  @Roles('process-owner', 'auditor', 'admin')
  @ApiTags('incidents')
  @ApiOperation({ summary: 'Incidentes / incidents' })
  @ApiProblems(400)
  incidents(@Query() query: IncidentQueryDto) {
    return instanceQueries.incidents(this.db.manager, { state: query.state, instanceKey: query.instanceKey ? Number(query.instanceKey) : undefined });
  }

  @Post('incidents/:key/resolve')
  @Roles('process-owner', 'admin')
  @HttpCode(204)
  @ApiTags('incidents')
  @ApiOperation({ summary: 'Resolver y reintentar / resolve and retry' })
  @ApiProblems(404, 409)
  async resolve(@Param('key', ParseKeyPipe) key: number, @CurrentPrincipal() principal: Principal): Promise<void> {
    const [incident] = await this.db.query('SELECT state FROM incident WHERE key = $1', [key]);
    if (!incident) throw notFound(`El incidente ${key}`);
    await this.runtime.execute({ type: 'ResolveIncident', incidentKey: key }, { actor: personActor(principal) });
  }
}
