import { BadRequestException, Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DateTime, Duration } from 'luxon';
import { DataSource } from 'typeorm';
import type { Clock } from '../../engine/time/clock.js';
import { JobExecutor } from '../../runtime/connectors/job-executor.js';
import { DurableRuntime } from '../../runtime/durable-runtime.js';
import { RUNTIME_CLOCK } from '../../runtime/runtime.module.js';
import { SimulatedRuntimeClock } from '../../runtime/simulated-runtime-clock.js';
import { Authenticated, Roles } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { ClockDto } from './runtime.dto.js';

/** Simulation mode only (`HITO_CLOCK=simulated`): the module is not loaded with the system clock. */
@ApiTags('clock')
@Controller('clock')
export class ClockController {
  constructor(
    private readonly runtime: DurableRuntime,
    private readonly db: DataSource,
    @Inject(RUNTIME_CLOCK) private readonly clock: Clock,
    private readonly jobs: JobExecutor,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Hora simulada / simulated time' })
  now(): { mode: 'simulated'; now: string } {
    return { mode: 'simulated', now: new Date(this.clock.now()).toISOString() };
  }

  @Post()
  @Roles('process-owner', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Avanzar la hora simulada / move the simulated time',
    description: '`{ "advance": "P1M" }` or `{ "to": "2027-06-30T09:00:00Z" }`: everything that becomes due fires, in due order, at its due time.',
  })
  @ApiProblems(400)
  async move(@Body() body: ClockDto): Promise<{ mode: 'simulated'; now: string; fired: number }> {
    const clock = this.clock as SimulatedRuntimeClock;
    if ((body.advance === undefined) === (body.to === undefined)) {
      throw new BadRequestException('Indique "advance" (duración ISO-8601) o "to" (fecha ISO-8601), no ambos. / Give exactly one of "advance" or "to".');
    }
    const target = body.advance !== undefined
      ? DateTime.fromMillis(clock.now(), { zone: 'utc' }).plus(Duration.fromISO(body.advance)).toMillis()
      : Date.parse(body.to!);
    if (target < clock.now()) {
      throw new BadRequestException(`La hora simulada no retrocede: ya es ${new Date(clock.now()).toISOString()}. / The simulated clock cannot go back.`);
    }
    const fired = await clock.advanceTo(this.runtime, this.db, target, () => this.jobs.drain());
    return { mode: 'simulated', now: new Date(clock.now()).toISOString(), fired };
  }
}
