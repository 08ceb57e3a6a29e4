import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryError } from '../../directory/directory.errors.js';
import { DirectoryService } from '../../directory/directory.service.js';
import type { BusinessCalendar } from '../../directory/directory.types.js';
import { Authenticated, Roles } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { CalendarDto, CalendarUpdateDto } from './directory.dto.js';

@ApiTags('directory')
@Controller('directory/calendars')
export class CalendarsController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Calendarios hábiles / business calendars' })
  @ApiOkResponse({ type: [CalendarDto] })
  list(): Promise<BusinessCalendar[]> {
    return this.directory.calendars();
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Un calendario / one calendar' })
  @ApiOkResponse({ type: CalendarDto })
  @ApiProblems(404)
  async get(@Param('id') id: string): Promise<BusinessCalendar> {
    const calendar = await this.directory.calendar(id);
    if (!calendar) throw new DirectoryError('not-found', `calendario desconocido "${id}"`);
    return calendar;
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Crear calendario / create a calendar' })
  @ApiCreatedResponse({ type: CalendarDto })
  @ApiProblems(400, 409, 422)
  create(@Body() body: CalendarDto): Promise<BusinessCalendar> {
    return this.directory.createCalendar(body);
  }

  @Put(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Reemplazar calendario / replace a calendar' })
  @ApiOkResponse({ type: CalendarDto })
  @ApiProblems(400, 404, 422)
  update(@Param('id') id: string, @Body() body: CalendarUpdateDto): Promise<BusinessCalendar> {
    return this.directory.updateCalendar({ ...body, id });
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Borrar calendario sin uso / delete an unused calendar' })
  @ApiNoContentResponse()
  @ApiProblems(404, 409)
  async remove(@Param('id') id: string): Promise<void> {
    await this.directory.deleteCalendar(id);
  }
}
