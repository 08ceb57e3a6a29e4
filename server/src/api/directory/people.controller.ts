import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthService } from '../../auth/auth.service.js';
import { DirectoryError } from '../../directory/directory.errors.js';
import { DirectoryService } from '../../directory/directory.service.js';
import type { Person } from '../../directory/directory.types.js';
import { Roles } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { PasswordDto, PersonCreateDto, PersonUpdateDto, PersonViewDto } from './directory.dto.js';

@ApiTags('directory')
@Controller('directory/people')
export class PeopleController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @Roles('admin', 'process-owner', 'auditor')
  @ApiOperation({ summary: 'Personas con membresías / people with memberships' })
  @ApiOkResponse({ type: [PersonViewDto] })
  list(): Promise<Person[]> {
    return this.directory.people();
  }

  @Get(':id')
  @Roles('admin', 'process-owner', 'auditor')
  @ApiOperation({ summary: 'Una persona / one person' })
  @ApiOkResponse({ type: PersonViewDto })
  @ApiProblems(404)
  async get(@Param('id') id: string): Promise<Person> {
    const person = await this.directory.person(id);
    if (!person) throw new DirectoryError('not-found', `persona desconocida "${id}"`);
    return person;
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Crear persona / create a person' })
  @ApiCreatedResponse({ type: PersonViewDto })
  @ApiProblems(400, 409, 422)
  create(@Body() body: PersonCreateDto): Promise<Person> {
    return this.directory.createPerson(body);
  }

  @Put(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Reemplazar datos, roles y membresías (no la contraseña) / replace a person' })
  @ApiOkResponse({ type: PersonViewDto })
  @ApiProblems(400, 404, 422)
  async update(@Param('id') id: string, @Body() body: PersonUpdateDto): Promise<Person> {
    const person = await this.directory.updatePerson({ ...body, id });
    if (!person.active) await this.auth.signOutEverywhere(id);
    return person;
  }

  @Put(':id/password')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Restablecer contraseña y cerrar sus sesiones / reset a password' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async resetPassword(@Param('id') id: string, @Body() body: PasswordDto): Promise<void> {
    await this.directory.setPassword(id, body.password);
    await this.auth.signOutEverywhere(id);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Borrar persona / delete a person' })
  @ApiNoContentResponse()
  @ApiProblems(404)
  async remove(@Param('id') id: string): Promise<void> {
    await this.directory.deletePerson(id);
  }
}
