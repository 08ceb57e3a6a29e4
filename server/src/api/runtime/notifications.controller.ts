import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import type { Principal } from '../../auth/principal.js';
import { notificationQueries, type NotificationView } from '../../persistence/notification.repository.js';
import { DurableRuntime } from '../../runtime/durable-runtime.js';
import { Authenticated, CurrentPrincipal } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { notFound, ParseKeyPipe } from './runtime-access.js';

export class NotificationQueryDto {
  @IsOptional() @IsIn(['true', 'false']) unread?: string;
}

/** The signed-in person's notifications (from `notify` jobs: alerts, reminders, escalations). */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly db: DataSource, private readonly runtime: DurableRuntime) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Mis notificaciones / my notifications', description: 'Newest first; unread=true for the unread ones.' })
  mine(@Query() query: NotificationQueryDto, @CurrentPrincipal() principal: Principal): Promise<NotificationView[]> {
    return notificationQueries.forPerson(this.db.manager, principal.personId, query.unread === 'true');
  }

  @Post(':id/read')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Marcar como leída / mark as read' })
  @ApiProblems(404)
  async read(@Param('id', ParseKeyPipe) id: number, @CurrentPrincipal() principal: Principal): Promise<void> {
    if (!(await notificationQueries.markRead(this.db.manager, principal.personId, id, new Date(this.runtime.clock.now())))) {
      throw notFound(`La notificación ${id}`);
    }
  }
}
